pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// For clinic IT after the PIN: what is running, what went wrong, reload, exit.
Rectangle {
    id: panel
    objectName: "adminPanel"
    color: Theme.background

    MouseArea { anchors.fill: parent; preventStealing: true }

    ScreenFlickable {
        objectName: "screen_admin"
        anchors.fill: parent

        Text {
            textFormat: Text.PlainText
            text: qsTr("Staff panel")
            color: Theme.primaryDark
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        Text {
            textFormat: Text.PlainText
            objectName: "adminMessage"
            visible: text !== ""
            text: Staff.message
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
                onClicked: Staff.reloadContent()
            }
            TouchButton {
                objectName: "adminExit"
                text: qsTr("Exit kiosk")
                iconName: "mdi6.exit-to-app"
                checked: Staff.confirmingExit
                onClicked: Staff.askExit()
            }
            TouchButton {
                objectName: "adminClose"
                text: qsTr("Back to patients")
                iconName: "mdi6.arrow-left"
                checked: true
                onClicked: Staff.close()
            }
        }
        Card {
            objectName: "adminExitConfirm"
            visible: Staff.confirmingExit
            border.color: Theme.accent
            border.width: Theme.borderStrong
            Text {
                textFormat: Text.PlainText
                text: qsTr("Leave the kiosk? Patients will see the computer's desktop until the kiosk is started again.")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Flow {
                spacing: 16
                Layout.fillWidth: true
                TouchButton {
                    objectName: "adminExitNow"
                    text: qsTr("Exit now")
                    iconName: "mdi6.exit-to-app"
                    onClicked: Staff.exitKiosk()
                }
                TouchButton {
                    objectName: "adminExitCancel"
                    text: qsTr("Stay in the kiosk")
                    checked: true
                    onClicked: Staff.cancelExit()
                }
            }
        }
        Repeater {
            model: Staff.info
            delegate: Text {
                textFormat: Text.PlainText
                required property string modelData
                text: modelData
                color: Theme.text
                font.pixelSize: Theme.bodySize
                width: parent.width
                wrapMode: Text.WrapAnywhere
            }
        }
        Text {
            textFormat: Text.PlainText
            text: qsTr("How patients used the kiosk")
            color: Theme.primaryDark
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        Text {
            textFormat: Text.PlainText
            objectName: "usageOff"
            visible: !Usage.enabled
            text: qsTr("Usage statistics are off (statistics = false in kiosk.toml, or the data folder cannot be written; see the log).")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
            width: parent.width
            wrapMode: Text.WordWrap
        }
        Column {
            objectName: "usageReport"
            visible: Usage.enabled
            width: parent.width
            spacing: 28
            Row {
                spacing: 16
                TouchButton {
                    objectName: "usageDays7"
                    text: qsTr("Last 7 days")
                    checked: Usage.days === 7
                    onClicked: Usage.setDays(7)
                }
                TouchButton {
                    objectName: "usageDays30"
                    text: qsTr("Last 30 days")
                    checked: Usage.days === 30
                    onClicked: Usage.setDays(30)
                }
            }
            DayChart {
                objectName: "sessionsChart"
                title: qsTr("Patients (sessions) per day")
                rows: Usage.sessionsPerDay
            }
            BarChart {
                objectName: "faqChart"
                title: qsTr("Questions opened most")
                rows: Usage.topFaq
            }
            BarChart {
                objectName: "screenChart"
                title: qsTr("Time on each screen")
                rows: Usage.screenTime
            }
            Text {
                textFormat: Text.PlainText
                text: qsTr("Save the statistics as CSV files")
                color: Theme.primaryDark
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
            Text {
                textFormat: Text.PlainText
                visible: Usage.exportTargets.length === 0
                text: qsTr("Insert a USB drive and reopen this panel, or set export_dir in kiosk.toml.")
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
                width: parent.width
                wrapMode: Text.WordWrap
            }
            Flow {
                width: parent.width
                spacing: 16
                Repeater {
                    model: Usage.exportTargets
                    delegate: TouchButton {
                        required property string modelData
                        objectName: "exportTo"
                        text: qsTr("Save to %1").arg(modelData)
                        iconName: "mdi6.usb-flash-drive"
                        onClicked: Usage.exportTo(modelData)
                    }
                }
            }
            Repeater {
                model: Usage.olderData
                delegate: BodyText {
                    required property string modelData
                    objectName: "olderData"
                    text: modelData
                    color: Theme.textMuted
                }
            }
            Text {
                textFormat: Text.PlainText
                objectName: "usageMessage"
                visible: text !== ""
                text: Usage.message
                color: Theme.accent
                font.pixelSize: Theme.bodySize
                font.bold: true
                width: parent.width
                wrapMode: Text.WrapAnywhere
            }
        }
        Text {
            textFormat: Text.PlainText
            text: qsTr("Recent warnings and errors")
            color: Theme.primaryDark
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        Text {
            textFormat: Text.PlainText
            visible: Staff.recentErrors.length === 0
            text: qsTr("None since the kiosk started.")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
        }
        Repeater {
            model: Staff.recentErrors
            delegate: Text {
                textFormat: Text.PlainText
                required property string modelData
                text: modelData
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                width: parent.width
                wrapMode: Text.WrapAnywhere
            }
        }
        Heading {
            objectName: "aboutHeading"
            text: qsTr("About and licences")
        }
        BodyText {
            objectName: "aboutText"
            text: Staff.about
        }
        Repeater {
            model: Staff.licences
            delegate: BodyText {
                required property string modelData
                text: modelData
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
