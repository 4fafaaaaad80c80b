pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The list of every language, each named in itself with a large button (a kiosk with more than
// two languages): a patient who reads none of the screen's words finds their own name for their
// language. The one on screen is marked; a tap on any closes the list in that language.
ModalDialog {
    id: dialog
    objectName: "languageDialog"
    open: Display.languageChoiceOpen
    title: qsTr("Choose a language")
    cardWidth: 900
    nearBottom: true
    spacing: 24
    onCloseRequested: Display.showLanguageChoice(false)

    Heading {
        text: dialog.title
        Layout.fillWidth: true
    }
    GridLayout {
        columns: 2
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap
        Layout.fillWidth: true
        Repeater {
            model: Display.languages
            LanguageButton {
                required property var modelData
                objectName: "language_" + modelData.code
                name: modelData.name
                languageLocale: modelData.locale
                description: ""
                iconName: ""
                checked: modelData.current
                Layout.fillWidth: true
                onClicked: Display.chooseLanguage(modelData.code)
            }
        }
    }
}
