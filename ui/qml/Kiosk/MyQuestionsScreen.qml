import QtQuick
import QtQuick.Layouts

// The patient's list of questions for the doctor: remove items, take them home by QR code,
// or clear the list. Nothing here is ever saved.
Rectangle {
    id: screen
    color: Theme.background
    enabled: myQuestions.isOpen

    ScreenFlickable {
        objectName: "screen_my_questions"
        anchors.fill: parent

        RowLayout {
            width: parent.width
            TouchButton {
                objectName: "myQuestionsBack"
                text: qsTr("Back")
                iconName: "mdi6.arrow-left"
                onClicked: myQuestions.setOpen(false)
            }
            Item { Layout.fillWidth: true }
        }
        Text {
            objectName: "pageTitle_my_questions"
            width: parent.width
            text: qsTr("My questions for the doctor")
            color: Theme.primaryDark
            font.pixelSize: Theme.titleSize
            font.bold: true
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            objectName: "myQuestionsEmpty"
            visible: myQuestions.count === 0
            width: parent.width
            text: qsTr("Your list is empty. Tap “Add to my questions” next to a question on any screen.")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WordWrap
        }
        Repeater {
            model: myQuestions.model
            delegate: Rectangle {
                id: row
                required property string key
                required property string text
                required property int index
                objectName: "myQuestion_" + key
                width: parent.width
                implicitHeight: rowLayout.implicitHeight + 40
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                RowLayout {
                    id: rowLayout
                    x: 28
                    y: 20
                    width: parent.width - 56
                    spacing: 24
                    Text {
                        text: (row.index + 1) + ". " + row.text
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    TouchButton {
                        objectName: "remove_" + row.key
                        text: qsTr("Remove")
                        iconName: "mdi6.trash-can-outline"
                        labelSize: Theme.controlLabelSize
                        onClicked: myQuestions.remove(row.key)
                    }
                }
            }
        }
        Flow {
            visible: myQuestions.count > 0
            width: parent.width
            spacing: 16
            TouchButton {
                objectName: "takeHome"
                text: qsTr("Take my questions home")
                iconName: "mdi6.qrcode"
                checked: true
                labelSize: Theme.controlLabelSize
                onClicked: myQuestions.showQuestionCodes()
            }
            TouchButton {
                objectName: "clearMyQuestions"
                text: qsTr("Done — clear my list")
                iconName: "mdi6.broom"
                labelSize: Theme.controlLabelSize
                onClicked: myQuestions.clear()
            }
        }
        QrPanel {}
    }
}
