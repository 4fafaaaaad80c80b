pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The patient's list of questions for the doctor: remove items, take them home by QR code,
// or clear the list. Nothing here is ever saved.
LayerScreen {
    place: Navigation.MyQuestions
    screenName: "my_questions"
    backName: "myQuestionsBack"
    title: qsTr("My questions for the doctor")

    BodyText {
        objectName: "myQuestionsEmpty"
        visible: MyQuestions.count === 0
        text: qsTr("Your list is empty. Tap “Add to my questions” next to a question on any screen.")
        color: Theme.textMuted
    }
    Repeater {
        model: MyQuestions.model
        delegate: Card {
            id: row
            required property string key
            required property string text
            required property int index
            objectName: "myQuestion_" + key
            padding: 24
            RowLayout {
                spacing: 24
                Layout.fillWidth: true
                BodyText {
                    text: (row.index + 1) + ". " + row.text
                    Layout.fillWidth: true
                }
                TouchButton {
                    objectName: "remove_" + row.key
                    text: qsTr("Remove")
                    iconName: "mdi6.trash-can-outline"
                    labelSize: Theme.controlLabelSize
                    onClicked: MyQuestions.remove(row.key)
                }
            }
        }
    }
    Flow {
        visible: MyQuestions.count > 0
        width: parent.width
        spacing: 16
        TouchButton {
            objectName: "takeHome"
            text: qsTr("Take my questions home")
            iconName: "mdi6.qrcode"
            checked: true
            labelSize: Theme.controlLabelSize
            onClicked: MyQuestions.showQuestionCodes()
        }
        TouchButton {
            objectName: "clearMyQuestions"
            text: qsTr("Done — clear my list")
            iconName: "mdi6.broom"
            labelSize: Theme.controlLabelSize
            onClicked: MyQuestions.clear()
        }
    }
    QrPanel {}
}
