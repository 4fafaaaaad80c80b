pragma ComponentBehavior: Bound
import QtQuick

ScreenFlickable {
    id: screen
    objectName: "screen_faq"
    Accessible.name: Content.faqPage.title
    spacing: Theme.gap

    PageHero {
        page: Content.faqPage
        // A smaller picture here: the questions are the page (five in the first view at 1080p).
        viewHeight: screen.height * 0.6
    }
    Repeater {
        model: Content.faqModel
        delegate: FaqItem {}
    }
    Disclaimer {}
}
