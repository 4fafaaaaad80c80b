import QtQuick
import QtQuick.Layouts

// A hard word's plain-language definition, opened by tapping the underlined word.
// A tap anywhere closes it.
Rectangle {
    id: popup
    objectName: "glossaryPopup"
    color: Theme.scrim
    visible: Navigation.glossaryOpen

    MouseArea {
        anchors.fill: parent
        preventStealing: true
        onClicked: Navigation.closeGlossary()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 900)
        height: layout.implicitHeight + 2 * Theme.cardPadding
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.primary
        border.width: Theme.borderStrong

        ColumnLayout {
            id: layout
            x: Theme.cardPadding
            y: Theme.cardPadding
            width: parent.width - 2 * Theme.cardPadding
            spacing: 20
            Heading {
                objectName: "glossaryTerm"
                text: Navigation.glossaryTerm
                Layout.fillWidth: true
            }
            BodyText {
                objectName: "glossaryDefinition"
                text: Navigation.glossaryDefinition
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "glossaryClose"
                text: qsTr("Close")
                iconName: "mdi6.close"
                Layout.alignment: Qt.AlignRight
                onClicked: Navigation.closeGlossary()
            }
        }
    }
}
