import QtQuick
import QtQuick.Controls.Basic

// Overview, Neurostimulators and Drug pumps: a hero, then the sections, then the disclaimer.
ScreenFlickable {
    id: screen
    required property QtObject page
    objectName: "screen_" + page.screenId
    // Only the screen in view takes touches and keyboard focus.
    enabled: SwipeView.isCurrentItem && !app.referencesOpen

    PageHero {
        page: screen.page
    }
    Loader {
        active: screen.page.screenId === "overview"
        width: parent.width
        sourceComponent: StaffCard {}
    }
    Repeater {
        model: screen.page.sections
        delegate: SectionCard {}
    }
    DoctorQuestionsCard {
        page: screen.page
    }
    RichParagraph {
        markup: app.disclaimer
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
}
