pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// On-screen PIN keypad for staff: a kiosk stand has no keyboard.
Rectangle {
    id: keypad
    objectName: "pinKeypad"
    color: Theme.scrimStrong
    property string pin: ""
    onVisibleChanged: pin = ""

    MouseArea { anchors.fill: parent; preventStealing: true }

    Rectangle {
        anchors.centerIn: parent
        width: Theme.keypadWidth
        height: layout.implicitHeight + 80
        radius: Theme.radius * 1.5
        color: Theme.surface

        ColumnLayout {
            id: layout
            anchors.centerIn: parent
            width: parent.width - 80
            spacing: 24

            Text {
                text: qsTr("Staff access")
                color: Theme.primaryDark
                font.pixelSize: Theme.headingSize
                font.bold: true
                Layout.alignment: Qt.AlignHCenter
            }
            Text {
                objectName: "pinDots"
                text: keypad.pin.length ? "●".repeat(keypad.pin.length) : qsTr("Enter PIN")
                color: Theme.text
                font.pixelSize: Theme.headingSize
                Layout.alignment: Qt.AlignHCenter
            }
            Text {
                objectName: "pinMessage"
                text: Staff.message
                visible: text !== ""
                color: Theme.accent
                font.pixelSize: Theme.smallSize
                font.bold: true
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            GridLayout {
                columns: 3
                rowSpacing: 14
                columnSpacing: 14
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
                        Layout.preferredWidth: 160
                        Layout.preferredHeight: 110
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
                objectName: "pinCancel"
                text: qsTr("Cancel")
                flat: true
                Layout.alignment: Qt.AlignHCenter
                onClicked: Staff.close()
            }
        }
    }
}
