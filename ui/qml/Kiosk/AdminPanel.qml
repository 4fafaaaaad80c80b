import QtQuick
import QtQuick.Layouts

// For clinic IT after the PIN: what is running, what went wrong, reload, exit.
Rectangle {
    id: panel
    objectName: "adminPanel"
    color: Theme.background
    visible: admin.state === "panel"

    MouseArea { anchors.fill: parent; preventStealing: true }

    ScreenFlickable {
        anchors.fill: parent

        Text {
            text: qsTr("Staff panel")
            color: Theme.primaryDark
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Text {
            objectName: "adminMessage"
            visible: text !== ""
            text: admin.message
            color: Theme.accent
            font.pixelSize: Theme.bodySize
            font.bold: true
            width: parent.width
            wrapMode: Text.WordWrap
        }
        Flow {
            width: parent.width
            spacing: 16
            TouchButton {
                objectName: "adminReload"
                text: qsTr("Reload content")
                iconName: "mdi6.refresh"
                onClicked: admin.reloadContent()
            }
            TouchButton {
                objectName: "adminExit"
                text: qsTr("Exit kiosk")
                iconName: "mdi6.exit-to-app"
                onClicked: admin.exitKiosk()
            }
            TouchButton {
                objectName: "adminClose"
                text: qsTr("Back to patients")
                iconName: "mdi6.arrow-left"
                checked: true
                onClicked: admin.close()
            }
        }
        Repeater {
            model: admin.info
            delegate: Text {
                required property string modelData
                text: modelData
                color: Theme.text
                font.pixelSize: Theme.bodySize
                width: parent.width
                wrapMode: Text.WrapAnywhere
            }
        }
        Text {
            text: qsTr("Recent warnings and errors")
            color: Theme.primaryDark
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        Repeater {
            model: admin.recentErrors
            delegate: Text {
                required property string modelData
                text: modelData
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                width: parent.width
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
