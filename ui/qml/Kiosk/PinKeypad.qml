import QtQuick
import QtQuick.Layouts

// On-screen PIN keypad for staff: a kiosk stand has no keyboard.
Rectangle {
    id: keypad
    objectName: "pinKeypad"
    color: "#CC000000"
    visible: admin.state === "keypad"
    property string pin: ""
    onVisibleChanged: pin = ""

    MouseArea { anchors.fill: parent; preventStealing: true }

    Rectangle {
        anchors.centerIn: parent
        width: 620
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
                text: admin.message
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
                        required property string modelData
                        objectName: "pinKey_" + modelData
                        text: modelData === "clear" ? qsTr("Clear") : modelData === "ok" ? qsTr("OK") : modelData
                        checked: modelData === "ok"
                        labelSize: Theme.headingSize
                        enabled: admin.lockedSeconds === 0
                        opacity: enabled ? 1 : 0.4
                        Layout.preferredWidth: 160
                        Layout.preferredHeight: 110
                        onClicked: {
                            if (modelData === "clear") {
                                keypad.pin = ""
                            } else if (modelData === "ok") {
                                admin.submitPin(keypad.pin)
                                keypad.pin = ""
                            } else if (keypad.pin.length < 12) {
                                keypad.pin += modelData
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
                onClicked: admin.close()
            }
        }
    }
}
