import QtQuick
import QtQuick.Layouts

// An accordion row: the whole question is the tap target; the answer slides open below it.
Rectangle {
    id: item
    required property int index
    required property string faqId
    required property string question
    required property string answer
    required property string answerPlain
    required property bool open
    // The height once the answer is open, known before it has slid open: the page can make room
    // for all of it at once.
    readonly property real openHeight: questionRow.height + answerBox.openHeight

    width: parent ? parent.width : implicitWidth
    implicitHeight: questionRow.height + answerBox.height
    radius: Theme.radius
    color: Theme.surface
    border.color: open ? Theme.primary : Theme.divider
    border.width: open ? Theme.borderStrong : Theme.borderThin
    clip: true

    Rectangle {
        id: questionRow
        objectName: "faqQuestion_" + item.faqId
        width: parent.width
        height: Math.max(Theme.touchMin + 8, questionText.implicitHeight + 40)
        radius: Theme.radius
        color: tap.pressed ? Theme.pressed : "transparent"
        border.width: activeFocus && Theme.showFocus ? Theme.focusWidth : 0
        border.color: Theme.focusRing
        activeFocusOnTab: true
        // Pressed once per key press, as TouchButton.
        Keys.onPressed: event => {
            if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter && event.key !== Qt.Key_Space)
                return
            event.accepted = true
            if (!event.isAutoRepeat)
                Content.toggleFaq(item.faqId)
        }

        Accessible.role: Accessible.Button
        Accessible.name: item.question
        Accessible.expandable: true
        Accessible.expanded: item.open
        // A screen reader's action is no input event: it tells Idle the patient is there.
        Accessible.onPressAction: { Idle.activity(); Content.toggleFaq(item.faqId) }

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.cardPadding
            anchors.rightMargin: 28
            spacing: 24
            Text {
                id: questionText
                text: item.question
                color: Theme.primaryDark
                font.pixelSize: Theme.questionSize
                font.bold: true
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Rectangle {
                width: Theme.iconSize + 16
                height: width
                radius: width / 2
                color: item.open ? Theme.primary : Theme.primarySoft
                Icon {
                    anchors.centerIn: parent
                    name: item.open ? "mdi6.chevron-up" : "mdi6.chevron-down"
                    color: item.open ? Theme.textOnPrimary : Theme.primaryDark
                    size: Theme.iconSize - 4
                }
            }
        }
        TapHandler {
            id: tap
            longPressThreshold: Theme.pressHoldS
            onTapped: Content.toggleFaq(item.faqId)
        }
    }

    Item {
        id: answerBox
        objectName: "faqAnswerBox_" + item.faqId
        anchors.top: questionRow.bottom
        width: parent.width
        readonly property real openHeight: answerText.implicitHeight + addToggle.height + 20 + Theme.cardPadding
        height: item.open ? openHeight : 0
        visible: height > 0
        Behavior on height {
            NumberAnimation {
                duration: Theme.quickMs
                easing.type: Easing.OutCubic
            }
        }
        RichParagraph {
            id: answerText
            objectName: "faqAnswer_" + item.faqId
            x: Theme.cardPadding
            width: parent.width - 2 * Theme.cardPadding
            markup: item.answer
            plain: item.answerPlain
            activeFocusOnTab: true
        }
        AddQuestionToggle {
            id: addToggle
            key: "faq:" + item.faqId
            x: Theme.cardPadding
            anchors.top: answerText.bottom
            anchors.topMargin: 20
        }
    }
}
