pragma ComponentBehavior: Bound
import QtQuick

// Overview, Neurostimulators and Drug pumps: a hero, then the sections, then the disclaimer.
ScreenFlickable {
    id: screen
    required property PageObject page
    // False while the kiosk starts: the first frame shows the title, picture and section chips,
    // and the sections follow in the next frame (Main.qml sets this). Laying out the rich text
    // of even one section costs as much as the rest of the first frame.
    property bool complete: true
    objectName: "screen_" + page.screenId
    Accessible.name: page.title
    // A little closer than other screens' parts: with "Compare" among the chips, the first line of
    // the first section still shows in the first view (Spanish, Large, 1920x1080: 13 chips).
    spacing: short ? Theme.gap : 24

    PageHero {
        page: screen.page
        viewHeight: screen.height
    }
    SectionChips {
        page: screen.page
        strip: screen.short
        // Both therapies side by side, one tap from each page that explains them.
        lead: Content.hasComparison ? compareButton : null
        onJump: sectionId => {
            for (const card of screen.column.children) {
                if (card.objectName === "section_" + sectionId) {
                    screen.bringIntoView(card)
                    return
                }
            }
        }
    }
    Component {
        id: compareButton
        TouchButton {
            objectName: "openCompare_" + screen.page.screenId
            // The short name among the chips ("Compare"); the whole one to a screen reader.
            text: Content.compareShortTitle
            accessibleName: Content.comparePage.title
            iconName: "mdi6.compare-horizontal"
            outlined: true
            labelSize: Theme.controlLabelSize
            minHeight: screen.short ? Theme.touchCompact : Theme.touchMin
            onClicked: Navigation.go(Navigation.Compare)
        }
    }
    Loader {
        active: screen.complete && screen.page.screenId === "overview"
        width: parent.width
        sourceComponent: StaffCard {}
    }
    Repeater {
        model: screen.page.sections
        delegate: SectionCard {
            built: screen.complete
            short: screen.short
            motionPage: screen.page
            view: screen
        }
    }
    Loader {
        active: screen.complete
        width: parent.width
        sourceComponent: Column {
            spacing: 28
            DoctorQuestionsCard {
                page: screen.page
            }
            Disclaimer {}
        }
    }
}
