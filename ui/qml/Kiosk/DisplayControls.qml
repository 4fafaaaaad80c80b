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

    LanguageButton {
        visible: Display.multilingual
        compact: controls.compact
        onClicked: Display.switchLanguage()
    }
    TouchButton {
        objectName: "displayButton"
        text: qsTr("Text size and contrast")
        iconName: "mdi6.format-size"
        labelSize: Theme.controlLabelSize
        minHeight: controls.compact ? Theme.touchCompact : Theme.touchMin
        secondary: true
        checked: Display.panelOpen
        onClicked: Display.showPanel(true)
    }
}
