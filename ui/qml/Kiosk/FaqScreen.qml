pragma ComponentBehavior: Bound
import QtQuick

// The questions grouped by topic: a chip per topic at the top (as a therapy page's sections), a
// heading over each topic's questions. Each question is one part of the page (the first of a
// topic with its heading), so "Next", the reading place and the focus scroll see questions.
ScreenFlickable {
    id: screen
    objectName: "screen_faq"
    Accessible.name: Content.faqPage.title
    spacing: Theme.gap

    PageHero {
        page: Content.faqPage
        // A smaller picture here: the topics and questions are the page.
        viewHeight: screen.height * 0.6
    }
    SectionChips {
        page: Content.faqPage
        strip: screen.short
        onJump: topicId => {
            for (const part of screen.column.children) {
                if (part.objectName === "faqTopicStart_" + topicId) {
                    screen.bringIntoView(part)
                    return
                }
            }
        }
    }
    Repeater {
        model: Content.faqModel
        delegate: Column {
            id: part
            required property int index
            required property string faqId
            required property string topicId
            required property string topicHeading
            required property string question
            required property string answer
            required property string answerPlain
            required property bool open
            objectName: topicHeading !== "" ? "faqTopicStart_" + topicId : ""
            width: parent ? parent.width : implicitWidth
            spacing: Theme.gap

            // Only a topic's first question has a heading: no empty heading for a screen reader.
            Loader {
                active: part.topicHeading !== ""
                visible: active
                width: parent.width
                sourceComponent: Heading {
                    objectName: "faqTopic_" + part.topicId
                    text: part.topicHeading
                    fullSize: screen.short ? Theme.shortHeadingSize : Theme.headingSize
                    activeFocusOnTab: true
                    // Room above a topic, so the groups read as groups.
                    topPadding: part.index > 0 ? Theme.gap : 0
                }
            }
            FaqItem {
                id: faqItem
                index: part.index
                faqId: part.faqId
                question: part.question
                answer: part.answer
                answerPlain: part.answerPlain
                open: part.open
                // An answer that would open below the view (behind the disclaimer line) is
                // scrolled up whole, as it opens.
                onOpenChanged: if (faqItem.open) screen.reveal(faqItem, faqItem.openHeight)
            }
        }
    }
    Disclaimer {}
}
