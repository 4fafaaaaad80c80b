import QtQuick

// A heading a patient reads and a screen reader announces as one. Content text is shown as
// plain text: markup in a content or config file is never rendered. It wraps between words only;
// a word too long for the line ("Neuroestimuladores" at the largest size in portrait) makes the
// heading smaller instead of breaking inside it.
Text {
    id: heading
    property int level: 2
    // Set smaller where height is short: a page's title in landscape, a layer's title in its bar.
    property int fullSize: level <= 1 ? Theme.titleSize : Theme.headingSize
    readonly property string longestWord: text.split(/\s+/).reduce((a, b) => b.length > a.length ? b : a, "")
    width: parent ? parent.width : implicitWidth
    color: Theme.primaryDark
    font.pixelSize: width > 0 && longest.advanceWidth > width
        ? Math.max(Theme.minLabelSize, Math.floor(fullSize * width / longest.advanceWidth))
        : fullSize
    font.bold: true
    textFormat: Text.PlainText
    wrapMode: Text.WordWrap
    // For the layout tests: a heading may wrap between words, never inside one.
    readonly property bool wordsStayWhole: wrapMode === Text.NoWrap || wrapMode === Text.WordWrap
    Accessible.role: Accessible.Heading
    Accessible.name: text

    // Where the keys are, when words are a stop of their own (a page's headings and paragraphs,
    // so a screen reader reads the whole page as Tab walks it): a ring with room around the letters.
    Rectangle {
        anchors.fill: parent
        anchors.margins: -Theme.focusWidth * 2
        radius: Theme.focusWidth * 2
        color: "transparent"
        border.width: Theme.focusWidth
        border.color: Theme.focusRing
        visible: heading.activeFocus && Theme.showFocus
    }

    TextMetrics {
        id: longest
        font.family: heading.font.family
        font.bold: true
        font.pixelSize: heading.fullSize
        text: heading.longestWord
    }
}
