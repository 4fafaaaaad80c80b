pragma ComponentBehavior: Bound
import QtQuick

// Body text with the app's own links: citation numbers open References, underlined words open
// their definition. The rich text comes from Python, built from escaped content text; nothing
// else can be a link.
//
// Each link is a real control laid over its words, not a spot in the text: a screen reader finds
// it as a link with a name ("Source 2: Kumar 2007", "Definition: catheter") and an action, Tab
// reaches it in reading order and Enter or Space opens it, and a citation's small number takes
// touches over at least 44×44 px. The text is a read-only TextEdit because only it can say where
// a character is (it lays text out exactly as Text does).
Item {
    id: paragraph
    property string markup: ""
    // The same words without markup, for screen readers (from Python: no parsing here).
    property string plain: ""
    property alias color: edit.color
    property alias font: edit.font
    // Lines apart, as a multiple of the font's own line spacing.
    property real lineHeight: Theme.lineHeight
    // What is shown: links in the theme's colour (rich text cannot take its link colour from a
    // property, so the backend marks them with a token). Empty when there is nothing to show.
    readonly property string text: markup.split("@@LINK@@").join(Theme.link)
    // Each link: target, kind ("ref" or "term"), label, source (a study's first author and year),
    // and where its words start and end in the text as shown.
    readonly property var links: markup !== "" ? Content.links(markup) : []
    // Where each link is drawn, worked out again whenever the text reflows.
    readonly property var places: layoutLinks(links, edit.length, edit.contentWidth, edit.contentHeight, edit.width,
                                              edit.font)

    width: parent ? parent.width : implicitWidth
    implicitWidth: edit.implicitWidth
    // As tall as Text would be: without the spacing a TextEdit adds under its last line.
    implicitHeight: text === "" ? 0 : lastLineBottom(edit.contentHeight)

    Accessible.role: Accessible.Paragraph
    Accessible.name: plain

    // Where the keys are, when words are a stop of their own (a page's headings and paragraphs,
    // so a screen reader reads the whole page as Tab walks it): a ring with room around the letters.
    Rectangle {
        anchors.fill: parent
        anchors.margins: -Theme.focusWidth * 2
        radius: Theme.focusWidth * 2
        color: "transparent"
        border.width: Theme.focusWidth
        border.color: Theme.focusRing
        visible: paragraph.activeFocus && Theme.showFocus
    }

    TextEdit {
        id: edit
        width: paragraph.width
        // Qt draws every underline of a paragraph that ends in a superscript (a citation) at the
        // superscript's height, through the words: a zero-width space after it keeps them under.
        text: paragraph.text === "" ? "" : '<p style="line-height:' + Math.round(paragraph.lineHeight * 100) + '%">'
            + paragraph.text + "&#8203;</p>"
        textFormat: TextEdit.RichText
        wrapMode: TextEdit.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        readOnly: true
        selectByMouse: false
        selectByKeyboard: false
        // Only shows text: the links above take the touches and the keys.
        enabled: false
        Accessible.ignored: true
    }

    function lastLineBottom(contentHeight: real): real {
        const end = edit.positionToRectangle(edit.length)
        return Math.min(contentHeight, Math.ceil(end.y + end.height))
    }

    // For each link: the rectangles of its words (one per line it spans) and the area that takes
    // a touch. A citation's area is at least Theme.linkTarget square around its number; numbers side
    // by side ("1,2") share a wide enough area, each its own part of it.
    function layoutLinks(links: var, length: int, contentWidth: real, contentHeight: real, width: real,
                         font: font): var {
        // Not laid out yet, or the text has not caught up with new links: wait for it.
        if (links.length === 0 || contentHeight <= 0 || width <= 0 || links[links.length - 1].end > length)
            return []
        const target = Theme.linkTarget
        const sup = Math.round(edit.font.pixelSize * 1.1)
        // Where a superscript number stands, as a share of its line's height from the top (measured:
        // Qt raises it to the top of the line).
        const raised = 0.15
        const places = []
        for (let i = 0; i < links.length; ++i) {
            const link = links[i]
            const words = []
            let line = edit.positionToRectangle(link.start)
            let right = line.x
            for (let pos = link.start + 1; pos <= link.end; ++pos) {
                const r = edit.positionToRectangle(pos)
                if (Math.abs(r.y - line.y) >= 1) {  // the words wrap onto the next line here
                    words.push(Qt.rect(line.x, line.y, right - line.x, line.height))
                    line = r
                }
                right = r.x
            }
            words.push(Qt.rect(line.x, line.y, right - line.x, line.height))
            const areas = words.map(w => Qt.rect(w.x - 2, w.y + w.height / 2 - Math.max(target, w.height + 8) / 2,
                                                 w.width + 4, Math.max(target, w.height + 8)))
            // A superscript number sits in the upper part of its line: its ring sits there too.
            const rings = words.map(w => link.kind === "ref"
                ? Qt.rect(w.x - 6, w.y + w.height * raised - sup / 2, w.width + 12, sup)
                : Qt.rect(w.x - 6, w.y - 3, w.width + 12, w.height + 6))
            places.push({ words: words, areas: areas, rings: rings })
        }
        // Citation numbers that stand together on one line share one wide area.
        for (let i = 0; i < links.length; ) {
            if (links[i].kind !== "ref") {
                ++i
                continue
            }
            let j = i + 1
            while (j < links.length && links[j].kind === "ref" && links[j].start - links[j - 1].end <= 1
                   && Math.abs(places[j].words[0].y - places[i].words[0].y) < 1)
                ++j
            const first = places[i].words[0]
            const last = places[j - 1].words[places[j - 1].words.length - 1]
            const centre = (first.x + last.x + last.width) / 2
            const span = Math.max(last.x + last.width - first.x + 16, target * (j - i))
            const top = first.y + first.height * raised - target / 2
            for (let k = i; k < j; ++k)
                places[k].areas = [Qt.rect(centre - span / 2 + (k - i) * span / (j - i), top, span / (j - i), target)]
            i = j
        }
        return places
    }

    // Counted, as SectionCard's paragraphs: a language switch keeps the link controls it can.
    Repeater {
        model: paragraph.links.length
        delegate: Item {
            id: link
            required property int index
            readonly property var modelData: paragraph.links[index] ?? { target: "", kind: "", label: "", source: "" }
            readonly property var place: paragraph.places[index] ?? null
            readonly property rect area: place ? place.areas[0] : Qt.rect(0, 0, 0, 0)
            property int pressedAreas: 0
            readonly property bool pressed: pressedAreas > 0

            objectName: "link_" + modelData.target
            x: area.x
            y: area.y
            width: area.width
            height: area.height
            // A citation beside a word: its small number wins the touch.
            z: modelData.kind === "ref" ? 1 : 0
            activeFocusOnTab: true

            Accessible.role: Accessible.Link
            Accessible.name: modelData.kind === "ref" ? qsTr("Source %1: %2").arg(modelData.label).arg(modelData.source)
                                                      : qsTr("Definition: %1").arg(modelData.label)
            Accessible.onPressAction: { Idle.activity(); link.open() }
            // Opened once per key press, as TouchButton.
            Keys.onPressed: event => {
                if (event.key !== Qt.Key_Return && event.key !== Qt.Key_Enter && event.key !== Qt.Key_Space)
                    return
                event.accepted = true
                if (!event.isAutoRepeat)
                    link.open()
            }

            function open() {
                Navigation.openLink(modelData.target)
            }

            // The focus ring and the pressed tint, with room around the letters (a ring as tight
            // as a small number would hide it).
            Repeater {
                model: link.place ? link.place.rings : []
                delegate: Rectangle {
                    required property rect modelData
                    x: modelData.x - link.x
                    y: modelData.y - link.y
                    width: modelData.width
                    height: modelData.height
                    radius: Theme.focusWidth * 2
                    color: link.pressed ? Theme.pressed : "transparent"
                    opacity: link.pressed ? 0.45 : 1
                    border.width: link.activeFocus && Theme.showFocus ? Theme.focusWidth : 0
                    border.color: Theme.focusRing
                }
            }
            Repeater {
                model: link.place ? link.place.areas : []
                delegate: Item {
                    id: touchArea
                    required property rect modelData
                    x: modelData.x - link.x
                    y: modelData.y - link.y
                    width: modelData.width
                    height: modelData.height
                    TapHandler {
                        longPressThreshold: Theme.pressHoldS
                        onTapped: link.open()
                        onPressedChanged: link.pressedAreas += pressed ? 1 : -1
                    }
                }
            }
        }
    }
}
