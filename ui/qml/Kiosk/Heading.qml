import QtQuick

// A heading a patient reads and a screen reader announces as one. Content text is shown as
// plain text: markup in a content or config file is never rendered.
Text {
    property int level: 2
    width: parent ? parent.width : implicitWidth
    color: Theme.primaryDark
    font.pixelSize: level <= 1 ? Theme.titleSize : Theme.headingSize
    font.bold: true
    textFormat: Text.PlainText
    wrapMode: Text.WordWrap
    // For the layout tests: a heading may wrap between words, never inside one.
    readonly property bool wordsStayWhole: wrapMode === Text.NoWrap || wrapMode === Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
