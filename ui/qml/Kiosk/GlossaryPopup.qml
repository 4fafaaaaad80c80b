import QtQuick
import QtQuick.Layouts

// A hard word's plain-language definition, opened by tapping the underlined word.
// A tap anywhere closes it.
Rectangle {
    id: popup
    objectName: "glossaryPopup"
    color: Theme.scrim
    visible: app.glossaryOpen

    MouseArea {
        anchors.fill: parent
        preventStealing: true
        onClicked: app.closeGlossary()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        height: layout.implicitHeight + 2 * Theme.cardPadding
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.primary
        border.width: 3

        ColumnLayout {
            id: layout
            x: Theme.cardPadding
            y: Theme.cardPadding
            width: parent.width - 2 * Theme.cardPadding
            spacing: 20
            Text {
                objectName: "glossaryTerm"
                text: app.glossaryTerm
                color: Theme.primaryDark
                font.pixelSize: Theme.headingSize
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                objectName: "glossaryDefinition"
                text: app.glossaryDefinition
                color: Theme.text
                font.pixelSize: Theme.bodySize
                lineHeight: Theme.lineHeight
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            TouchButton {
                objectName: "glossaryClose"
                text: qsTr("Close")
                iconName: "mdi6.close"
                Layout.alignment: Qt.AlignRight
                onClicked: app.closeGlossary()
            }
        }
    }
}
