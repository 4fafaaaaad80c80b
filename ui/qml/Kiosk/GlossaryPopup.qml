import QtQuick
import QtQuick.Layouts

// A hard word's plain-language definition, opened by tapping (or pressing Enter on) the
// underlined word. Close, Escape or a tap outside the card closes it.
ModalDialog {
    id: popup
    objectName: "glossaryPopup"
    open: Navigation.glossaryOpen
    title: Navigation.glossaryTerm
    description: Navigation.glossaryDefinition
    card.border.color: Theme.primary
    card.border.width: Theme.borderStrong
    onCloseRequested: Navigation.closeGlossary()

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
    RowLayout {
        spacing: Theme.gap
        Layout.alignment: Qt.AlignRight
        TouchButton {
            objectName: "glossaryListen"
            visible: Speech.available
            text: Speech.speaking ? qsTr("Stop") : qsTr("Listen")
            iconName: Speech.speaking ? "mdi6.stop-circle-outline" : "mdi6.volume-high"
            checked: Speech.speaking
            flat: !checked
            onClicked: Speech.speaking ? Speech.stop() : Speech.readScreen()
        }
        TouchButton {
            objectName: "glossaryClose"
            text: qsTr("Close")
            iconName: "mdi6.close"
            onClicked: Navigation.closeGlossary()
        }
    }
}
