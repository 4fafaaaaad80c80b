import QtQuick

// Text a patient reads, from content or config: always plain text, never interpreted as markup.
Text {
    width: parent ? parent.width : implicitWidth
    color: Theme.text
    font.pixelSize: Theme.bodySize
    lineHeight: Theme.lineHeight
    textFormat: Text.PlainText
    wrapMode: Text.WordWrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
