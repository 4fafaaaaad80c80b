pragma ComponentBehavior: Bound
import QtQuick
import QtQml.Models
import QtQuick.Layouts

// The kiosk window: header, the four main screens in a swipe view, References, My list to ask and
// Compare the two as layers over them, the disclaimer and the navigation bar. Python decides size, flags and
// showing. Only what the first frame shows is built before it; the rest is built right after.
Window {
    id: root
    objectName: "kioskWindow"
    width: 1920
    height: 1080
    visible: false
    color: Theme.background
    title: Content.appTitle
    // Set by the window guard (ui/lockdown.py) before the window shows full screen.
    property bool locked: false
    flags: locked ? Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint : Qt.Window

    // True once the first frame is on screen: then the other screens, layers and popups are
    // built (asynchronously), so the first screen appears sooner and every later one at once.
    // They are named by file, not by type, so not even their types are read before then.
    property bool warm: false
    // Everything is built and ready: tests and the self-test wait for this.
    readonly property bool ready: warm && lazyParts.every(part => part.status === Loader.Ready)
    readonly property list<Loader> lazyParts: [neuroLoader, pumpsLoader, faqLoader, referencesLoader,
        myQuestionsLoader, compareLoader, glossaryLoader, stillThereLoader, attractLoader]

    // Not in the swap's own handler: the frame is on screen by then, but building the rest there
    // would hold up everything else waiting for that frame.
    Connections {
        target: root
        enabled: !root.warm
        function onFrameSwapped() { Qt.callLater(root.warmUp) }
    }
    function warmUp() { warm = true }

    // A layer's place over the main screens: the stage's size, above them, built in the
    // background once the first frame is up (or at once, if it is opened before that).
    component LayerLoader: Loader {
        width: parent?.width ?? 0
        height: parent?.height ?? 0
        z: 2
        asynchronous: true
    }

    // The page in view: the open layer's, or the main screen's. Page keys and PageScrollControls
    // move it.
    readonly property ScreenFlickable currentPage: Navigation.layerOpen
        ? (openLayer?.flickable ?? null)
        : ((swipe.currentItem as ScreenFlickable) ?? ((swipe.currentItem as Loader)?.item as ScreenFlickable) ?? null)

    // The layer open over the main screens (one at a time), once it is built.
    readonly property LayerScreen openLayer: Navigation.referencesOpen ? referencesLoader.item as LayerScreen
        : Navigation.myQuestionsOpen ? myQuestionsLoader.item as LayerScreen
        : Navigation.compareOpen ? compareLoader.item as LayerScreen : null

    // A layer (References, My list) has slid all the way over the main screens: they are hidden,
    // to screen readers too.
    readonly property bool layerCovers: openLayer !== null && openLayer.x === 0

    // Keys no control took end up here (see rotor): focus must not be lost to nowhere, or they
    // would reach nothing. Where Qt drops it, a keyboard or screen-reader user is put back: into
    // References or My list when a link inside a screen opened it, and onto that link when it
    // closes; onto a control Qt moved to another parent (the display controls when the header's
    // width changes with the language, the header's buttons when the screen turns). Dialogs
    // place focus themselves.
    property Item lastFocus: null
    property Item layerOpener: null
    onActiveFocusItemChanged: {
        const item = activeFocusItem
        if (item && item.activeFocusOnTab) {
            lastFocus = item
            if (!Navigation.layerOpen)
                layerOpener = null
            return
        }
        if (!item || item === contentItem)
            rotor.forceActiveFocus()
        Qt.callLater(root.focusBack)
    }
    function usable(item: Item): bool {
        return item !== null && item.visible && item.enabled && item.activeFocusOnTab
    }
    function focusBack() {
        if ((activeFocusItem && activeFocusItem.activeFocusOnTab) || Dialogs.openCount > 0)
            return
        const layer = openLayer
        if (layer) {
            if (!layer.holds(lastFocus))
                layerOpener = lastFocus
            layer.takeFocus()
            return
        }
        const back = usable(layerOpener) ? layerOpener : lastFocus
        layerOpener = null
        if (usable(back))
            back.forceActiveFocus(Qt.OtherFocusReason)
        else if (activeFocusItem !== rotor)
            rotor.forceActiveFocus()  // not a scope Qt fell back to (the swipe view would take the arrows)
    }

    // Everything stands in a rotor, so a monitor mounted turned can still show the kiosk
    // upright (config "orientation"); touches are mapped through the same rotation.
    Item {
        id: rotor
        anchors.centerIn: parent
        rotation: Display.rotation
        width: Display.rotation % 180 === 0 ? root.width : root.height
        height: Display.rotation % 180 === 0 ? root.height : root.width
        focus: true
        // A right-to-left language mirrors the whole screen: rows, the swipe order, the
        // navigation bar and the arrows run from the right (Qt mirrors anchors, positioners,
        // layouts, list views and text alignment under it).
        LayoutMirroring.enabled: Display.rightToLeft
        LayoutMirroring.childrenInherit: true
        // Scrolling without a drag: the page keys move the page in view, whatever has focus,
        // unless a control takes the key first (Space presses a focused button).
        Keys.onPressed: event => {
            const page = root.currentPage
            if (!page || (event.modifiers & ~(Qt.ShiftModifier | Qt.KeypadModifier)))
                return
            const back = event.modifiers & Qt.ShiftModifier
            switch (event.key) {
            case Qt.Key_PageDown: page.pageDown(); break
            case Qt.Key_PageUp: page.pageUp(); break
            case Qt.Key_Space: if (back) page.pageUp(); else page.pageDown(); break
            case Qt.Key_Down: page.lineDown(); break
            case Qt.Key_Up: page.lineUp(); break
            case Qt.Key_Home: page.toTop(); break
            case Qt.Key_End: page.toEnd(); break
            default: return
            }
            event.accepted = true
        }
        // A short screen (768 px) gets a lower navigation bar: the page keeps 60 %.
        readonly property bool short: height < 900

        ColumnLayout {
            anchors.fill: parent
            spacing: 0
            // Inert behind a dialog, the attract loop or a staff screen: no touch, key or
            // screen-reader action. Covering it is not enough: Qt still offers a mouse press to
            // the tap handlers under a cover.
            enabled: Dialogs.openCount === 0 && Idle.overlay !== Idle.Attract && Idle.overlay !== Idle.Closed
                && Staff.state === Staff.Closed

            Header {
                id: header
                compact: rotor.short
                stacked: rotor.height > rotor.width
                Layout.fillWidth: true
            }

            Item {
                id: stage
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true

                // The four main screens side by side; a swipe moves one screen at a time. The
                // patient's swipe is forwarded to Python, which owns the state; Python's change
                // comes back through Navigation.onScreenChanged. One path either way.
                ListView {
                    id: swipe
                    objectName: "mainSwipe"
                    anchors.fill: parent
                    visible: !root.layerCovers
                    // Not a control of its own: its screens are what a screen reader meets.
                    Accessible.ignored: true
                    // A screen wholly outside the view is hidden (not drawn, not offered to a
                    // screen reader); during a swipe both screens in view show.
                    function inView(page: Item): bool {
                        return page.x + page.width > contentX + 1 && page.x < contentX + width - 1
                    }
                    interactive: !Navigation.layerOpen
                    orientation: ListView.Horizontal
                    snapMode: ListView.SnapOneItem
                    boundsBehavior: Flickable.StopAtBounds
                    highlightRangeMode: ListView.StrictlyEnforceRange
                    preferredHighlightBegin: 0
                    preferredHighlightEnd: 0
                    highlightMoveDuration: Theme.transitionMs
                    // Keep all four screens alive: no screen is rebuilt on a swipe.
                    cacheBuffer: width * 4
                    maximumFlickVelocity: 4 * width
                    currentIndex: Navigation.mainIndex
                    onCurrentIndexChanged: if (currentIndex !== Navigation.mainIndex) Navigation.goIndex(currentIndex)
                    // Only the screen in view takes touches and keyboard focus.
                    readonly property bool pageActive: !Navigation.layerOpen

                    model: ObjectModel {
                        InfoScreen {
                            width: swipe.width
                            height: swipe.height
                            page: Content.overview
                            complete: root.warm
                            enabled: swipe.pageActive && swipe.currentIndex === 0
                            visible: swipe.inView(this)
                        }
                        Loader {
                            id: neuroLoader
                            width: swipe.width
                            height: swipe.height
                            active: root.warm || swipe.currentIndex === 1
                            asynchronous: true
                            enabled: swipe.pageActive && swipe.currentIndex === 1
                            visible: swipe.inView(this)
                            sourceComponent: InfoScreen { page: Content.neurostimulators }
                        }
                        Loader {
                            id: pumpsLoader
                            width: swipe.width
                            height: swipe.height
                            active: root.warm || swipe.currentIndex === 2
                            asynchronous: true
                            enabled: swipe.pageActive && swipe.currentIndex === 2
                            visible: swipe.inView(this)
                            sourceComponent: InfoScreen { page: Content.drugPumps }
                        }
                        Loader {
                            id: faqLoader
                            width: swipe.width
                            height: swipe.height
                            active: root.warm || swipe.currentIndex === 3
                            asynchronous: true
                            enabled: swipe.pageActive && swipe.currentIndex === 3
                            visible: swipe.inView(this)
                            source: "FaqScreen.qml"
                        }
                    }
                }

                LayerLoader {
                    id: myQuestionsLoader
                    active: root.warm || Navigation.myQuestionsOpen
                    source: "MyQuestionsScreen.qml"
                }
                LayerLoader {
                    id: compareLoader
                    active: root.warm || Navigation.compareOpen
                    source: "CompareScreen.qml"
                }
                LayerLoader {
                    id: referencesLoader
                    active: root.warm || Navigation.referencesOpen
                    source: "ReferencesScreen.qml"
                }
                PageScrollControls {
                    page: root.currentPage
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.gap
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: Theme.gap
                    z: 3
                }
                ListenBar {
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: parent.bottom
                    anchors.bottomMargin: Theme.gap
                    z: 3
                }
            }

            // The display controls have one place on every screen, in every language and at
            // every size: the end of the disclaimer line, near a seated patient's hand.
            DisclaimerBar {
                id: disclaimerBar
                compact: rotor.short
                stacked: rotor.height > rotor.width
                Layout.fillWidth: true
            }

            NavBar {
                compact: rotor.short
                Layout.fillWidth: true
            }
        }


        Loader {
            id: glossaryLoader
            anchors.fill: parent
            active: root.warm || Navigation.glossaryOpen
            asynchronous: true
            source: "GlossaryPopup.qml"
        }
        Loader {
            anchors.fill: parent
            active: Display.panelOpen
            source: "DisplayPanel.qml"
        }
        Loader {
            anchors.fill: parent
            active: Idle.finishAsked
            source: "FinishDialog.qml"
        }
        Loader {
            anchors.fill: parent
            active: Display.languageChoiceOpen
            source: "LanguageDialog.qml"
        }
        // Staff screens are built only when staff opens them, and dropped when they close.
        // Under "Are you still there?" (and inert behind it): its countdown warns staff too
        // before the reset closes them.
        Loader {
            anchors.fill: parent
            active: Staff.state === Staff.Keypad
            enabled: Idle.overlay === Idle.Hidden
            source: "PinKeypad.qml"
        }
        Loader {
            anchors.fill: parent
            active: Staff.state === Staff.Panel
            enabled: Idle.overlay === Idle.Hidden
            source: "AdminPanel.qml"
        }
        Loader {
            id: stillThereLoader
            anchors.fill: parent
            active: root.warm || Idle.overlay === Idle.Countdown
            asynchronous: true
            source: "StillThereOverlay.qml"
        }
        Loader {
            id: attractLoader
            anchors.fill: parent
            active: root.warm || Idle.overlay === Idle.Attract
            asynchronous: true
            source: "AttractLoop.qml"
        }
        // Outside opening hours: built only then, over everything else.
        Loader {
            anchors.fill: parent
            active: Idle.overlay === Idle.Closed
            source: "ClosedScreen.qml"
        }
    }

    Binding { target: Theme; property: "textScale"; value: Display.textScale }
    Binding { target: Theme; property: "highContrast"; value: Display.highContrast }
    Binding { target: Theme; property: "reduceMotion"; value: Display.reduceMotion }
    Binding { target: Theme; property: "showFocus"; value: Display.keyboardFocus }
    Binding { target: Theme; property: "largestTextScale"; value: Display.largestTextScale }

}
