import QtQuick
import QtQuick.Controls.Basic

ScreenFlickable {
    id: screen
    objectName: "screen_faq"
    enabled: SwipeView.isCurrentItem && !app.referencesOpen

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
