import QtQuick
import QtQuick.Layouts

// The five studies the content rests on, plus the full disclaimer. A layer over the main
// screens: Back returns the patient to where they were.
Rectangle {
    id: refs
    color: Theme.background
    enabled: app.referencesOpen

    ScreenFlickable {
        id: flick
        objectName: "screen_references"
        anchors.fill: parent

        RowLayout {
            width: parent.width
            spacing: 24
            TouchButton {
                objectName: "referencesBack"
                text: qsTr("Back")
                iconName: "mdi6.arrow-left"
                onClicked: app.closeReferences()
            }
            Item { Layout.fillWidth: true }
        }
        Text {
            objectName: "pageTitle_references"
            width: parent.width
            text: app.referencesPage.title
            color: Theme.primaryDark
            font.pixelSize: Theme.titleSize
            font.bold: true
            // A single word longer than the column ("Neuroestimuladores" at the largest text size)
            // breaks rather than run out of it; everything else wraps between words.
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        RichParagraph {
            visible: text !== ""
            markup: app.referencesPage.subtitle
            color: Theme.textMuted
            font.pixelSize: Theme.subtitleSize
        }
        Repeater {
            model: app.referenceModel
            delegate: Rectangle {
                id: row
                required property string refId
                required property int number
                required property string citation
                readonly property bool highlighted: app.highlightedReference === refId
                objectName: "reference_" + refId
                width: parent.width
                implicitHeight: refLayout.implicitHeight + 2 * 28
                radius: Theme.radius
                color: highlighted ? Theme.primarySoft : Theme.surface
                border.color: highlighted ? Theme.primary : Theme.divider
                border.width: highlighted ? 3 : 1
                RowLayout {
                    id: refLayout
                    x: 28
                    y: 28
                    width: parent.width - 56
                    spacing: 24
                    Rectangle {
                        width: 60
                        height: 60
                        radius: 30
                        color: Theme.primary
                        Layout.alignment: Qt.AlignTop
                        Text {
                            anchors.centerIn: parent
                            text: row.number
                            color: Theme.textOnPrimary
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                        }
                    }
                    Text {
                        text: row.citation
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        lineHeight: Theme.lineHeight
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                }
            }
        }
        TouchButton {
            objectName: "takeReferencesHome"
            text: qsTr("Take the list of studies home")
            iconName: "mdi6.qrcode"
            labelSize: Theme.controlLabelSize
            onClicked: myQuestions.showReferenceCodes()
        }
        QrPanel {}
        Rectangle {
            width: parent.width
            implicitHeight: disclaimerText.implicitHeight + 56
            radius: Theme.radius
            color: Theme.surfaceAlt
            RichParagraph {
                id: disclaimerText
                objectName: "disclaimerFull"
                x: 28
                y: 28
                width: parent.width - 56
                markup: app.disclaimer
                font.bold: true
            }
        }
    }
}
