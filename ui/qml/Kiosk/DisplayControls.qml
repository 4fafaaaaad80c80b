import QtQuick
import QtQuick.Layouts

// The patient's display choices, second to the navigation: the other language, named in itself
// (a Spanish speaker looks for "Español"), and "Display", which opens the panel with text size,
// contrast and reading aloud. Main.qml places them in the header where there is room and beside
// the disclaimer line otherwise, within reach of a seated patient.
RowLayout {
    id: controls
    property bool compact: false
    spacing: 10

    TouchButton {
        objectName: "languageButton"
        visible: Display.multilingual
        text: Display.otherLanguageName
        iconName: "mdi6.translate"
        labelSize: Theme.controlLabelSize
        minHeight: controls.compact ? Theme.touchCompact : Theme.touchMin
        flat: true
        onClicked: Display.switchLanguage()
        // Its name is in the other language; a screen reader speaking this one hears what it does.
        Accessible.description: Display.otherLanguageCode === "es" ? qsTr("Change the language to Spanish")
                                                                    : qsTr("Change the language to English")
    }
    TouchButton {
        objectName: "displayButton"
        text: qsTr("Text size and contrast")
        iconName: "mdi6.format-size"
        labelSize: Theme.controlLabelSize
        minHeight: controls.compact ? Theme.touchCompact : Theme.touchMin
        flat: !checked
        checked: Display.panelOpen
        onClicked: Display.showPanel(true)
    }
}
