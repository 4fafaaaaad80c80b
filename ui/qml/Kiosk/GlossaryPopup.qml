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
    TouchButton {
        objectName: "glossaryClose"
        text: qsTr("Close")
        iconName: "mdi6.close"
        Layout.alignment: Qt.AlignRight
        onClicked: Navigation.closeGlossary()
    }
}
