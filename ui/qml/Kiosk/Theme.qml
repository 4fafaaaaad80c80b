pragma Singleton
import QtQuick

// The one theme: every colour, size and duration a screen uses comes from here.
QtObject {
    // Warm, calm palette; text colours are ≥ 7:1 against the background they sit on.
    readonly property color background: "#FBF7F2"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceAlt: "#F6EEE3"
    readonly property color primary: "#1F6F78"
    readonly property color primaryDark: "#0E4B52"
    readonly property color primarySoft: "#DDEEEC"
    readonly property color accent: "#C4553A"
    readonly property color text: "#22262A"
    readonly property color textMuted: "#4A5259"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color divider: "#E6DDD1"
    readonly property color pressed: "#CFE3E1"

    readonly property string fontFamily: Qt.application.font.family

    // Sizes in logical px, designed for the 1080 px short side of a 1080p screen.
    // Set from app.textScale (the patient's text-size choice).
    property real textScale: 1.0
    readonly property int bodySize: Math.round(28 * textScale)
    readonly property int smallSize: Math.round(24 * textScale)
    readonly property int headingSize: Math.round(38 * textScale)
    readonly property int titleSize: Math.round(56 * textScale)
    readonly property int subtitleSize: Math.round(32 * textScale)
    readonly property int navLabelSize: 26
    readonly property real lineHeight: 1.35

    readonly property int gap: 16
    readonly property int margin: 48
    readonly property int radius: 24
    readonly property int cardPadding: 40
    readonly property int maxTextWidth: 1180
    readonly property int headerHeight: 104
    readonly property int navHeight: 136
    readonly property int disclaimerHeight: 64
    readonly property int iconSize: 48
    readonly property int touchMin: 88

    readonly property int transitionMs: 240
    readonly property int quickMs: 160
}
