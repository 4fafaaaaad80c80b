pragma Singleton
import QtQuick

// The one theme: every colour, size and duration a screen uses comes from here.
// Two palettes: the warm standard one and high contrast. Text colours are ≥ 7:1 against the
// background they sit on in both (checked by tests from these very values).
QtObject {
    // Set from the app (Main.qml binds them): the patient's choices and IT's config.
    property real textScale: 1.0
    property bool highContrast: false
    property bool reduceMotion: false
    // Focus rings show while the keyboard is in use (Display.keyboardFocus), never after a touch.
    property bool showFocus: false
    // The largest text size's scale (Display.largestTextScale): controls sized for it never move.
    property real largestTextScale: 1.5

    readonly property color background: highContrast ? "#000000" : "#FBF7F2"
    readonly property color surface: highContrast ? "#000000" : "#FFFFFF"
    readonly property color surfaceAlt: highContrast ? "#1A1A1A" : "#F6EEE3"
    readonly property color primary: highContrast ? "#FFE14D" : "#1F6F78"
    readonly property color primaryDark: highContrast ? "#FFE14D" : "#0E4B52"
    readonly property color primarySoft: highContrast ? "#262626" : "#DDEEEC"
    readonly property color accent: highContrast ? "#FFE14D" : "#8A3520"
    readonly property color text: highContrast ? "#FFFFFF" : "#22262A"
    readonly property color textMuted: highContrast ? "#F0F0F0" : "#434A50"
    readonly property color textOnPrimary: highContrast ? "#000000" : "#FFFFFF"
    readonly property color link: highContrast ? "#7FDBFF" : "#0E4B52"
    readonly property color divider: highContrast ? "#FFFFFF" : "#E6DDD1"
    // The edge of a button without a fill (the display choices, "I'm finished"): at least 3:1
    // against what it stands on (WCAG 1.4.11), so it reads as a button, not as plain words.
    readonly property color outline: highContrast ? "#FFFFFF" : "#7D7368"
    readonly property color pressed: highContrast ? "#333333" : "#CFE3E1"
    readonly property color focusRing: highContrast ? "#7FDBFF" : "#1D5FBF"  // blue: red reads as an error
    readonly property color scrim: "#B3000000"
    readonly property color scrimStrong: "#CC000000"
    // The closed screen (outside opening hours): nearly black, the name barely lit.
    readonly property color closedBackground: "#000000"
    readonly property color closedText: "#3A3A3A"
    // QR codes stay dark on light in every palette: phones read them best.
    readonly property color qrLight: "#FFFFFF"


    // The type scale, in logical px, designed for the 1080 px short side of a 1080p screen.
    // Everything a patient reads grows with the chosen text size.
    readonly property int bodySize: Math.round(28 * textScale)
    readonly property int smallSize: Math.round(24 * textScale)
    // A common question, a little above the answer it opens.
    readonly property int questionSize: Math.round(30 * textScale)
    readonly property int headingSize: Math.round(38 * textScale)
    readonly property int titleSize: Math.round(56 * textScale)
    // A page's title in landscape grows like a label: the page's words need the height more.
    readonly property int shortTitleSize: Math.round(48 * labelScale)
    readonly property int shortHeadingSize: Math.round(38 * labelScale)
    readonly property int subtitleSize: Math.round(32 * textScale)
    // Labels of buttons and the navigation grow with the text too, a little less than body
    // text, so a row of them still fits across the screen.
    readonly property real labelScale: 1 + (textScale - 1) * 0.6
    readonly property int appTitleSize: Math.round(34 * labelScale)
    readonly property int navLabelSize: Math.round(26 * labelScale)
    readonly property int controlLabelSize: controlLabelSizeAt(labelScale)
    // A control label as it is at a text size's scale: each text size button shows its own size.
    function controlLabelSizeAt(scale: real): int {
        return Math.round(22 * scale)
    }
    // A control label at the largest text size: the width the display controls keep at every size.
    readonly property int largestControlLabelSize: controlLabelSizeAt(1 + (largestTextScale - 1) * 0.6)
    // Labels may shrink to this to fit their button (rather than break inside a word).
    readonly property int minLabelSize: 18
    readonly property int chartLabelSize: 20
    readonly property int countdownSize: 84
    readonly property int attractSize: 64
    readonly property int attractCallSize: 44
    readonly property real lineHeight: 1.35

    readonly property int gap: 16
    readonly property int margin: 48
    readonly property int radius: 24
    readonly property int cardPadding: 40
    // The text column: about 70 characters a line at every text size (wider as the words grow,
    // so a large screen at Extra large is not a narrow strip down the middle).
    readonly property int maxTextWidth: Math.max(1180, Math.round(bodySize * 38))
    readonly property int headerHeight: 104
    readonly property int navHeight: 136
    readonly property int iconSize: 48
    readonly property int iconSmall: 34
    // Icons beside a button's label, and above it (navigation, keypad tiles).
    readonly property int buttonIconSize: 36
    readonly property int navIconSize: 44
    readonly property int iconLarge: 72
    readonly property int logoSize: 52
    readonly property int badgeSize: 60
    readonly property int countdownDial: 180
    readonly property int qrSize: 420
    // A layer lower than this (a 768 px screen) sets its title smaller and its list tighter.
    readonly property int shortLayerHeight: 600
    readonly property int keypadWidth: 620
    readonly property int dividerWidth: 2
    readonly property int borderThin: 1
    readonly property int borderStrong: 3
    readonly property int touchMin: 88
    readonly property int touchCompact: 72
    // "Top" and "Next" at the page's edge: wide enough for their words ("Seguir") as they grow.
    readonly property int pageControlWidth: Math.max(touchMin, Math.round(controlLabelSize * 4.4))
    // The least touch area of a link inside text (a citation's small number): WCAG 2.5.5.
    readonly property int linkTarget: 44
    readonly property int focusWidth: 4

    readonly property int transitionMs: reduceMotion ? 0 : 240
    // Seconds a still press may be held and still activate on release (Qt's default gives up
    // after 0.8 s, and older patients press slowly); longer is a hand resting on the screen.
    readonly property real pressHoldS: 10
    readonly property int quickMs: reduceMotion ? 0 : 160

    // "How it works" animations (HowItWorks.qml). The drawn parts keep these colours in both
    // palettes: they sit on the bundled picture, not on the page. A pain signal and the pulses
    // differ in shape (diamond, ring) as well as colour.
    readonly property color motionPain: "#C62828"
    readonly property color motionPulse: "#12A4B0"
    readonly property color motionMedicine: "#18A0AC"
    readonly property color motionPill: "#E9A23B"
    readonly property color motionBlood: "#B71C1C"
    // A step lasts as long as its caption takes to read slowly, within these bounds: four
    // steps take under 20 s (the longest, Spanish, 19.9 s).
    readonly property int motionWordMs: 300
    readonly property int motionStepMinMs: 4000
    readonly property int motionStepMaxMs: 7000
    // The picture's widest (it is drawn at any size, from its SVG and simple items).
    readonly property int motionArtWidth: 600
}
