pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// "Text size and contrast": the patient's display choices in one dialog, with words as well as
// symbols. A choice applies at once, behind the dialog; Done, Escape or a tap outside closes it.
ModalDialog {
    id: panel
    objectName: "displayPanel"
    open: Display.panelOpen
    title: qsTr("Text size and contrast")
    cardWidth: 1000
    nearBottom: true
    card.border.color: Theme.primary
    card.border.width: Theme.borderStrong
    spacing: 24
    onCloseRequested: Display.showPanel(false)

    Heading {
        text: qsTr("Text size and contrast")
        Layout.fillWidth: true
    }
    BodyText {
        text: qsTr("Text size")
        font.bold: true
        Layout.fillWidth: true
    }
    Flow {
        spacing: 16
        Layout.fillWidth: true
        Repeater {
            model: [
                { size: Display.Standard, name: "standard", scale: 1.0, label: qsTr("Standard") },
                { size: Display.Large, name: "large", scale: 1.25, label: qsTr("Large") },
                { size: Display.ExtraLarge, name: "extra_large", scale: 1.5, label: qsTr("Extra large") }
            ]
            delegate: TouchButton {
                id: sizeButton
                required property var modelData
                objectName: "textSize_" + modelData.name
                text: "A  " + modelData.label
                accessibleName: qsTr("%1 text size").arg(modelData.label)
                labelSize: Theme.controlLabelSizeAt(modelData.scale)
                checked: Display.textSize === modelData.size
                checkable: true
                Accessible.role: Accessible.RadioButton
                flat: !checked
                onClicked: Display.setTextSize(sizeButton.modelData.size)
            }
        }
    }
    TouchButton {
        objectName: "contrastButton"
        text: Display.highContrast ? qsTr("High contrast: on") : qsTr("High contrast: off")
        iconName: "mdi6.contrast-circle"
        labelSize: Theme.controlLabelSize
        checked: Display.highContrast
        checkable: true
        flat: !checked
        onClicked: Display.setHighContrast(!Display.highContrast)
    }
    // Done on the last row, beside reading aloud: the whole panel fits a 768 px screen at the
    // largest text size.
    RowLayout {
        spacing: 16
        Layout.fillWidth: true
        TouchButton {
            objectName: "listenButton"
            visible: Speech.available
            text: Speech.speaking ? qsTr("Stop reading aloud") : qsTr("Read this screen aloud")
            iconName: Speech.speaking ? "mdi6.stop-circle-outline" : "mdi6.volume-high"
            labelSize: Theme.controlLabelSize
            checked: Speech.speaking
            flat: !checked
            onClicked: Speech.speaking ? Speech.stop() : Speech.readScreen()
        }
        Item {
            Layout.fillWidth: true
        }
        TouchButton {
            objectName: "displayDone"
            text: qsTr("Done")
            iconName: "mdi6.check"
            labelSize: Theme.controlLabelSize
            checked: true
            onClicked: Display.showPanel(false)
        }
    }
}
