import QtQuick

ScreenFlickable {
    id: screen
    objectName: "screen_faq"

    PageHero {
        page: app.faqPage
    }
    Repeater {
        model: app.faqModel
        delegate: FaqItem {}
    }
    RichParagraph {
        markup: app.disclaimer
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
}
