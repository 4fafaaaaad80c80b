pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// On-screen PIN keypad for staff: a kiosk stand has no keyboard. A dialog: nothing behind it
// takes a press, a tap beside it does not close it (Cancel or Escape does). On a screen too low
// for the keys under the heading (1366×768 at the largest text size) they stand beside it.
ModalDialog {
    id: keypad
    objectName: "pinKeypad"
    open: true  // built only while staff has the keypad (Main.qml)
    title: qsTr("Staff access")
    color: Theme.scrimStrong
    closeOnOutsideTap: false
    cardWidth: layout.implicitWidth + 2 * keypad.padding
    card.radius: Theme.radius * 1.5
    initialFocus: keys.children[0]
    onCloseRequested: Staff.close()

    property string pin: ""
    readonly property bool sideBySide: keypad.height - 2 * Theme.margin
        < info.implicitHeight + keys.implicitHeight + cancel.implicitHeight + 2 * layout.rowSpacing + 2 * keypad.padding

    GridLayout {
        id: layout
        columns: keypad.sideBySide ? 2 : 1
        rowSpacing: Theme.gap
        columnSpacing: keypad.padding
        Layout.alignment: Qt.AlignHCenter

        ColumnLayout {
            id: info
            spacing: Theme.gap
            Layout.preferredWidth: Theme.keypadWidth - 2 * keypad.padding
            Layout.alignment: Qt.AlignTop

            Text {
                textFormat: Text.PlainText
                text: keypad.title
                color: Theme.primaryDark
                font.pixelSize: Theme.headingSize
                font.bold: true
                Layout.alignment: Qt.AlignHCenter
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pinDots"
                text: keypad.pin.length ? "●".repeat(keypad.pin.length) : qsTr("Enter PIN")
                color: Theme.text
                font.pixelSize: Theme.headingSize
                Layout.alignment: Qt.AlignHCenter
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pinMessage"
                text: Staff.message
                color: Theme.accent
                font.pixelSize: Theme.smallSize
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
                // Room for two lines always: the card keeps its size when a message comes.
                Layout.preferredHeight: Math.max(contentHeight, 2 * Math.ceil(fontMetrics.lineSpacing))
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
                FontMetrics {
                    id: fontMetrics
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
            }
        }
        GridLayout {
            id: keys
            columns: 3
            rowSpacing: 14
            columnSpacing: 14
            Layout.rowSpan: keypad.sideBySide ? 2 : 1
            Layout.alignment: Qt.AlignHCenter
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "0", "ok"]
                delegate: TouchButton {
                    id: key
                    required property string modelData
                    objectName: "pinKey_" + key.modelData
                    text: key.modelData === "clear" ? qsTr("Clear") : key.modelData === "ok" ? qsTr("OK") : key.modelData
                    checked: key.modelData === "ok"
                    labelSize: Theme.headingSize
                    enabled: Staff.lockedSeconds === 0
                    opacity: enabled ? 1 : 0.4
                    Layout.preferredWidth: Math.max(160, key.implicitWidth)
                    Layout.preferredHeight: 110
                    Layout.fillWidth: true
                    onClicked: {
                        if (key.modelData === "clear") {
                            keypad.pin = ""
                        } else if (key.modelData === "ok") {
                            Staff.submitPin(keypad.pin)
                            keypad.pin = ""
                        } else if (keypad.pin.length < 12) {
                            keypad.pin += key.modelData
                        }
                    }
                }
            }
        }
        TouchButton {
            id: cancel
            objectName: "pinCancel"
            text: qsTr("Cancel")
            flat: true
            Layout.alignment: Qt.AlignHCenter | Qt.AlignBottom
            onClicked: Staff.close()
        }
    }
}
