pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The four main screens, each one tap away, at the bottom where a seated patient can reach.
Rectangle {
    id: bar
    // On a short screen the labels sit beside their icons, on one line, so the page keeps its
    // height: unless one line would make them smaller than the header's (the screens come first).
    property bool compact: false
    // As tall as its tallest button (a label on two lines on a narrow screen).
    implicitHeight: Math.max(compact ? Theme.touchMin + 16 : Theme.navHeight, row.implicitHeight + 2 * row.anchors.margins)
    color: Theme.surface
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Screens")

    // One size for the four labels: the largest at which every word of every label fits its tab
    // ("Neurostimulators" on a narrow screen takes the others down with it, rather than shrink alone);
    // on one line, every whole label.
    property list<real> fits: []
    readonly property int labelSize: Math.max(Theme.minLabelSize,
                                              Math.floor(Math.min(Theme.navLabelSize, ...fits.filter(f => f > 0))))
    function report(index: int, size: real) {
        const all = Array.from(fits)
        while (all.length < tabs.count)
            all.push(0)
        all.length = tabs.count
        all[index] = size
        fits = all
    }
    FontMetrics {
        id: words
        font.pixelSize: Theme.navLabelSize
        font.bold: true
    }
    // The size at which every label fits its tab on one line.
    readonly property real oneLineSize: {
        let size = Theme.navLabelSize
        for (let i = 0; i < tabs.count; ++i) {
            const tab = tabs.itemAt(i) as TouchButton
            if (tab)
                size = Math.min(size, words.font.pixelSize * tab.labelRoom / Math.max(1, words.advanceWidth(tab.text)))
        }
        return size
    }
    readonly property bool oneLine: compact && oneLineSize >= Theme.controlLabelSize + 1
    function widestWord(label: string): real {
        if (oneLine)
            return Math.max(1, words.advanceWidth(label))
        return Math.max(1, ...label.split(/\s+/).map(word => words.advanceWidth(word)))
    }

    Rectangle {
        width: parent.width
        height: Theme.dividerWidth
        color: Theme.divider
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: bar.compact ? 8 : 14
        spacing: 8

        Repeater {
            id: tabs
            model: Content.navModel
            delegate: TouchButton {
                id: navButton
                required property string screenId
                required property int place
                required property string label
                required property string icon
                required property int index
                objectName: "nav_" + screenId
                text: label
                labelSize: bar.labelSize
                // The size at which this label's widest word fits its tab.
                readonly property real fitting: words.font.pixelSize * Math.min(1, labelRoom / bar.widestWord(label))
                onFittingChanged: bar.report(index, fitting)
                Component.onCompleted: bar.report(index, fitting)
                iconName: icon
                vertical: !bar.compact
                fitLabel: true
                fitLines: bar.oneLine ? 1 : 2
                flat: !checked
                checked: Navigation.screen === navButton.place
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                onClicked: Navigation.go(navButton.place)
                // The screen in view is the selected tab (a screen reader says so).
                Accessible.role: Accessible.PageTab
                Accessible.selectable: true
                Accessible.selected: checked
            }
        }
    }
}
