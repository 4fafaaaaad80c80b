pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// "Questions to ask your doctor" for a therapy, each one a tap away from "My list to ask".
Card {
    id: card
    required property PageObject page
    objectName: "doctorQuestions_" + page.screenId
    visible: page.questions.count > 0
    color: Theme.surfaceAlt

    Heading {
        text: qsTr("Questions to ask your doctor")
        activeFocusOnTab: true
        Layout.fillWidth: true
    }
    Repeater {
        model: card.page.questions
        delegate: ColumnLayout {
            id: question
            required property string key
            required property string text
            spacing: 10
            Layout.fillWidth: true
            BodyText {
                text: question.text
                Layout.fillWidth: true
                // Said by its button ("Add to my list: …"). As a label of its own, Orca would read
                // every question of the card as the patient enters the screen, before its title.
                Accessible.ignored: true
            }
            AddQuestionToggle {
                key: question.key
            }
        }
    }
}
