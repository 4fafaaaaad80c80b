import QtQuick
import QtQuick.Layouts

// One section of a screen: heading, paragraphs, bullet points, optional illustration.
Rectangle {
    id: card
    required property int index
    required property string sectionId
    required property string heading
    required property var paragraphs
    required property var bullets
    required property string imageUrl
    required property string imageAlt
    readonly property bool wide: width > 900

    width: parent ? parent.width : implicitWidth
    implicitHeight: layout.implicitHeight + 2 * Theme.cardPadding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: 1

    GridLayout {
        id: layout
        x: Theme.cardPadding
        y: Theme.cardPadding
        width: parent.width - 2 * Theme.cardPadding
        columns: card.wide && card.imageUrl !== "" ? 2 : 1
        columnSpacing: 40
        rowSpacing: 20

        Image {
            visible: card.imageUrl !== ""
            source: card.imageUrl
            fillMode: Image.PreserveAspectFit
            asynchronous: true
            sourceSize.width: 640
            Layout.preferredWidth: card.wide ? 320 : Math.min(480, layout.width)
            Layout.preferredHeight: Layout.preferredWidth * 0.75
            Layout.alignment: Qt.AlignTop | Qt.AlignHCenter
            Layout.row: card.wide ? 0 : 1
            Layout.column: card.wide ? 1 : 0
            Accessible.role: Accessible.Graphic
            Accessible.name: card.imageAlt
        }

        ColumnLayout {
            spacing: 18
            Layout.fillWidth: true
            Layout.row: 0
            Layout.column: 0
            Layout.alignment: Qt.AlignTop

            Text {
                objectName: "sectionHeading_" + card.sectionId
                text: card.heading
                color: Theme.primaryDark
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Repeater {
                model: card.paragraphs
                delegate: RichParagraph {
                    required property string modelData
                    markup: modelData
                    Layout.fillWidth: true
                }
            }
            Repeater {
                model: card.bullets
                delegate: RowLayout {
                    required property string modelData
                    spacing: 18
                    Layout.fillWidth: true
                    Rectangle {
                        width: 12
                        height: 12
                        radius: 6
                        color: Theme.accent
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: Theme.bodySize * 0.55
                    }
                    RichParagraph {
                        markup: modelData
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
