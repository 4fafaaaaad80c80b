pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The patient's list of questions for the doctor: each with its topic, remove one, take the list
// home by QR code (shown at once, in view), or clear it (asked once, and undone for a while).
// Nothing here is ever saved.
LayerScreen {
    id: screen
    place: Navigation.MyQuestions
    screenName: "my_questions"
    backName: "myQuestionsBack"
    openerName: "myQuestionsButton"
    title: qsTr("My list to ask the doctor")

    // Asking "Clear the whole list?" (closed again by a reset or by leaving the list).
    property bool confirmingClear: false
    onOpenChanged: confirmingClear = false
    Connections {
        target: Navigation
        function onSessionReset() { screen.confirmingClear = false }
    }
    // The codes appear where the patient is looking, not below the fold.
    Connections {
        target: MyQuestions
        function onCodesChanged() {
            if (MyQuestions.codes.length > 0)
                screen.bringIntoView(qr)
        }
    }

    // In the bar, in view whatever the list's length, language or text size.
    actions: TouchButton {
        objectName: "takeHome"
        visible: MyQuestions.count > 0
        text: qsTr("Take my list home")
        iconName: "mdi6.qrcode"
        checked: true
        labelSize: Theme.controlLabelSize
        onClicked: MyQuestions.showQuestionCodes()
    }

    BodyText {
        objectName: "myQuestionsEmpty"
        visible: MyQuestions.count === 0 && !MyQuestions.canUndo
        text: qsTr("Your list is empty. Tap “Add to my list” next to a question on any screen.")
        color: Theme.textMuted
    }
    Card {
        objectName: "undoClear"
        visible: MyQuestions.canUndo
        color: Theme.primarySoft
        padding: 24
        RowLayout {
            spacing: 24
            Layout.fillWidth: true
            BodyText {
                text: qsTr("Your list was cleared.")
                Layout.fillWidth: true
            }
            TouchButton {
                objectName: "undoClearButton"
                text: qsTr("Undo")
                iconName: "mdi6.undo"
                labelSize: Theme.controlLabelSize
                checked: true
                onClicked: MyQuestions.undoClear()
            }
        }
    }
    Repeater {
        model: MyQuestions.model
        delegate: Card {
            id: row
            required property string key
            required property string topic
            required property string text
            required property int index
            objectName: "myQuestion_" + key
            // Tighter on a short screen: two questions show whole at the largest text.
            padding: screen.short ? Theme.gap : 24
            RowLayout {
                spacing: 24
                Layout.fillWidth: true
                ColumnLayout {
                    spacing: 4
                    Layout.fillWidth: true
                    BodyText {
                        text: row.topic
                        color: Theme.textMuted
                        font.pixelSize: Theme.smallSize
                        font.bold: true
                        lineHeight: 1  // a label above the question, not a paragraph
                        Layout.fillWidth: true
                    }
                    BodyText {
                        objectName: "myQuestionText_" + row.key
                        text: (row.index + 1) + ". " + row.text
                        Layout.fillWidth: true
                    }
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
    TouchButton {
        objectName: "clearMyQuestions"
        visible: MyQuestions.count > 0 && !screen.confirmingClear
        text: qsTr("Clear my list")
        iconName: "mdi6.broom"
        labelSize: Theme.controlLabelSize
        onClicked: screen.confirmingClear = true
    }
    Card {
        objectName: "confirmClear"
        visible: MyQuestions.count > 0 && screen.confirmingClear
        border.color: Theme.accent
        border.width: Theme.borderStrong
        BodyText {
            text: qsTr("Clear the whole list? You can undo this for a few seconds.")
            font.bold: true
            Layout.fillWidth: true
        }
        Flow {
            spacing: 16
            Layout.fillWidth: true
            TouchButton {
                objectName: "confirmClearYes"
                text: qsTr("Yes, clear it")
                iconName: "mdi6.broom"
                labelSize: Theme.controlLabelSize
                onClicked: {
                    screen.confirmingClear = false
                    MyQuestions.clear()
                }
            }
            TouchButton {
                objectName: "confirmClearNo"
                text: qsTr("No, keep it")
                iconName: "mdi6.arrow-left"
                checked: true
                labelSize: Theme.controlLabelSize
                onClicked: screen.confirmingClear = false
            }
        }
    }
    QrPanel {
        id: qr
        kind: "questions"
        room: screen.flickable.height
    }
    // Who to call with a question later, at home (only when IT set the number).
    BodyText {
        objectName: "myQuestionsContact"
        visible: Clinic.phone !== ""
        text: Clinic.name !== "" ? qsTr("Questions? Call %1 at %2.").arg(Clinic.name).arg(Clinic.phone)
                                 : qsTr("Questions? Call %1.").arg(Clinic.phone)
        color: Theme.textMuted
    }
}
