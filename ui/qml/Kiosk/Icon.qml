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
}
