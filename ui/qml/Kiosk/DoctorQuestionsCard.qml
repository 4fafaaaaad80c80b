import QtQuick
import QtQuick.Layouts

// "Questions to ask your doctor" for a therapy, each one a tap away from "My questions".
Rectangle {
    id: card
    required property QtObject page
    objectName: "doctorQuestions_" + page.screenId
    readonly property bool shown: page.questions.count > 0
    visible: shown
    width: parent ? parent.width : implicitWidth
    implicitHeight: shown ? layout.implicitHeight + 2 * Theme.cardPadding : 0
    radius: Theme.radius
    color: Theme.surfaceAlt
    border.color: Theme.divider

    ColumnLayout {
        id: layout
        x: Theme.cardPadding
        y: Theme.cardPadding
        width: parent.width - 2 * Theme.cardPadding
        spacing: 18
        Text {
            text: qsTr("Questions to ask your doctor")
            color: Theme.primaryDark
            font.pixelSize: Theme.headingSize
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Repeater {
            model: card.page.questions
            delegate: ColumnLayout {
                id: question
                required property string key
                required property string text
                spacing: 10
                Layout.fillWidth: true
                Text {
                    text: question.text
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                AddQuestionToggle {
                    key: question.key
                }
            }
        }
    }
}
