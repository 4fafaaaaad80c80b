pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The patient's display choices: text size, contrast, language, and reading aloud.
// Main.qml places this in the header on a landscape screen and just above the navigation bar
// on a portrait one, where a seated patient can reach it.
RowLayout {
    id: controls
    spacing: 10

    Repeater {
        model: [
            { size: Display.Standard, name: "standard", glyph: 22, label: qsTr("Standard text size") },
            { size: Display.Large, name: "large", glyph: 29, label: qsTr("Large text size") },
            { size: Display.ExtraLarge, name: "extra_large", glyph: 36, label: qsTr("Extra large text size") }
        ]
        delegate: TouchButton {
            required property var modelData
            objectName: "textSize_" + modelData.name
            text: "A"
            accessibleName: modelData.label
            labelSize: modelData.glyph
            checked: Display.textSize === modelData.size
            flat: !checked
            Layout.preferredWidth: Theme.touchMin
            onClicked: Display.setTextSize(modelData.size)
        }
    }
    TouchButton {
        objectName: "contrastButton"
        text: qsTr("Contrast")
        iconName: "mdi6.contrast-circle"
        labelSize: Theme.controlLabelSize
        checked: Display.highContrast
        flat: !checked
        onClicked: Display.setHighContrast(!Display.highContrast)
    }
    TouchButton {
        objectName: "languageButton"
        visible: Display.multilingual
        text: Display.otherLanguageName
        iconName: "mdi6.translate"
        labelSize: Theme.controlLabelSize
        flat: true
        onClicked: Display.switchLanguage()
    }
    TouchButton {
        objectName: "listenButton"
        visible: Speech.available
        text: Speech.speaking ? qsTr("Stop") : qsTr("Listen")
        iconName: Speech.speaking ? "mdi6.stop-circle-outline" : "mdi6.volume-high"
        labelSize: Theme.controlLabelSize
        checked: Speech.speaking
        flat: !checked
        onClicked: Speech.speaking ? Speech.stop() : Speech.readScreen()
    }
}
