import QtQuick
import QtQuick.Layouts

// The patient's display choices, second to the navigation: the other language, named in itself
// (a Spanish speaker looks for "Español"), and "Text size and contrast", which opens the panel
// with text size, contrast and reading aloud. Both are as wide as at the largest text size, and
// the language button as wide as the longest language name: a patient who just chose a size or
// a language finds the control where their finger was (the row ends at the screen's edge).
RowLayout {
    id: controls
    property bool compact: false
    spacing: 10

    FontMetrics {
        id: largest
        font.pixelSize: Theme.largestControlLabelSize
        font.bold: true
    }
    // A TouchButton's width for a label at the largest size: icon, gap and padding included.
    function widthFor(label: string): real {
        return Math.ceil(largest.advanceWidth(label)) + Theme.buttonIconSize + 12 + 40
    }

    TouchButton {
        objectName: "displayButton"
        text: qsTr("Text size and contrast")
        iconName: "mdi6.format-size"
        labelSize: Theme.controlLabelSize
        minHeight: controls.compact ? Theme.touchCompact : Theme.touchMin
        secondary: true
        checked: Display.panelOpen
        Layout.preferredWidth: controls.widthFor(text)
        onClicked: Display.showPanel(true)
    }
    LanguageButton {
        visible: Display.multilingual
        compact: controls.compact
        Layout.preferredWidth: Math.max(...Display.languageNames.map(name => controls.widthFor(name)))
        onClicked: Display.pressLanguageButton()
    }
}
