pragma ComponentBehavior: Bound
import QtQuick

ScreenFlickable {
    id: screen
    objectName: "screen_faq"

    PageHero {
        page: Content.faqPage
    }
    Repeater {
        model: Content.faqModel
        delegate: FaqItem {}
    }
    Disclaimer {}
}
