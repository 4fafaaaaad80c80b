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
            { size: "standard", glyph: 22, label: qsTr("Standard text size") },
            { size: "large", glyph: 29, label: qsTr("Large text size") },
            { size: "extra_large", glyph: 36, label: qsTr("Extra large text size") }
        ]
        delegate: TouchButton {
            required property var modelData
            objectName: "textSize_" + modelData.size
            text: "A"
            accessibleName: modelData.label
            labelSize: modelData.glyph
            checked: app.textSize === modelData.size
            flat: !checked
            Layout.preferredWidth: Theme.touchMin
            onClicked: app.setTextSize(modelData.size)
        }
    }
    TouchButton {
        objectName: "contrastButton"
        text: qsTr("Contrast")
        iconName: "mdi6.contrast-circle"
        labelSize: Theme.controlLabelSize
        checked: app.highContrast
        flat: !checked
        onClicked: app.setHighContrast(!app.highContrast)
    }
    TouchButton {
        objectName: "languageButton"
        visible: app.languages.length > 1
        text: app.nextLanguageName
        iconName: "mdi6.translate"
        labelSize: Theme.controlLabelSize
        flat: true
        onClicked: app.switchLanguage()
    }
    TouchButton {
        objectName: "listenButton"
        visible: speech.available
        text: speech.speaking ? qsTr("Stop") : qsTr("Listen")
        iconName: speech.speaking ? "mdi6.stop-circle-outline" : "mdi6.volume-high"
        labelSize: Theme.controlLabelSize
        checked: speech.speaking
        flat: !checked
        onClicked: speech.speaking ? speech.stop() : speech.readScreen()
    }
}
