import QtQuick

// A qtawesome icon: a glyph of its icon font, drawn by Qt as text (crisp at any size and on any
// screen). Its layout size is ``size``; decorative, so screen readers skip it.
Text {
    id: icon
    required property string name
    property int size: Theme.iconSize
    width: size
    height: size
    text: name ? Icons.glyph(name) : ""
    font.family: Icons.family
    font.pixelSize: Math.round(size * Icons.scale)
    color: Theme.text
    textFormat: Text.PlainText
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
    // An arrow that points back or out points the other way on a mirrored (right-to-left) screen.
    transform: Scale {
        origin.x: icon.width / 2
        xScale: icon.LayoutMirroring.enabled && Icons.points(icon.name) ? -1 : 1
    }
}
