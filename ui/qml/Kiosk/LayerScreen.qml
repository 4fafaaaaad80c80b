import QtQuick
import QtQuick.Layouts

// A screen that slides in over the main ones from the header (References, My list to ask):
// Back returns the patient to the screen they came from. Back, the title and the layer's own
// actions ("Take my list home") stand in a bar above the scrolling part, in view however long
// the page: on a short screen at the largest text a patient otherwise scrolled past one saved
// question to find them.
Rectangle {
    id: layerScreen
    required property int place
    required property string screenName
    property string backName: screenName + "Back"
    property alias title: heading.text
    default property alias body: flick.body
    // Controls kept in view in the bar, after the title.
    property alias actions: actionRow.data
    readonly property alias flickable: flick
    readonly property alias backButton: back
    readonly property bool open: Navigation.screen === layerScreen.place
    // The header's button that opens this layer. Chosen with the keys, it takes the patient to
    // the layer's title (a screen reader says where they are: the button alone says nothing new)
    // and back to the button when the layer closes. A link that opens it is Main.qml's affair.
    property string openerName: ""
    property Item opener: null
    property bool titleWanted: false
    onOpenChanged: {
        const focus = Window.activeFocusItem
        if (open && focus !== null && openerName !== "" && focus.objectName === openerName) {
            opener = focus
            titleWanted = true
        } else if (!open) {
            titleWanted = false
            const button = opener
            opener = null
            if (button !== null)
                Qt.callLater(() => { if (button.visible && button.enabled) button.forceActiveFocus(Qt.TabFocusReason) })
        }
    }
    readonly property bool titleReady: titleWanted && heading.visible && heading.enabled
    onTitleReadyChanged: if (titleReady) Qt.callLater(layerScreen.takeTitle)
    function takeTitle() {
        if (!titleReady)
            return
        titleWanted = false
        heading.forceActiveFocus(Qt.TabFocusReason)
    }
    // A short screen (768 px): the title is set smaller so it shares the bar's one line.
    readonly property bool short: height < Theme.shortLayerHeight
    color: Theme.background
    enabled: open
    // Slides in from the end of the line of reading: the right, or the left on a mirrored screen.
    x: open ? 0 : LayoutMirroring.enabled ? -width : width
    visible: Math.abs(x) < width
    function bringIntoView(item: Item) {
        flick.bringIntoViewSoon(item)
    }
    // Where keyboard focus goes when a link inside a main screen opens this one (Main.qml):
    // Back, unless the screen offers a nearer control (a cited study's own way back).
    function focusTarget(): Item {
        return backButton
    }
    function takeFocus() {
        focusTarget().forceActiveFocus(Qt.OtherFocusReason)
    }
    function holds(item: Item): bool {
        for (let p = item; p; p = p.parent) {
            if (p === layerScreen)
                return true
        }
        return false
    }

    Behavior on x {
        NumberAnimation {
            duration: Theme.transitionMs
            easing.type: Easing.OutCubic
        }
    }

    Rectangle {
        id: bar
        objectName: "layerBar_" + layerScreen.screenName
        z: 1
        width: parent.width
        readonly property int pad: layerScreen.short ? Theme.gap / 2 : Theme.gap
        height: row.implicitHeight + 2 * pad
        color: Theme.background

        // Back and the actions stay put; the title between them takes its own line below them
        // when the three would not fit on one (a narrow portrait screen at the largest text).
        readonly property bool oneLine: back.implicitWidth + actionRow.implicitWidth + titleWidth.advanceWidth
            + 2 * row.columnSpacing <= row.width
        GridLayout {
            id: row
            // Lined up with the page's column below it.
            x: flick.column.x
            y: bar.pad
            width: flick.column.width
            columns: bar.oneLine ? 3 : 2
            columnSpacing: Theme.gap
            rowSpacing: Theme.gap / 2
            TouchButton {
                id: back
                objectName: layerScreen.backName
                text: qsTr("Back")
                iconName: "mdi6.arrow-left"
                Layout.row: 0
                Layout.column: 0
                Layout.alignment: Qt.AlignTop
                onClicked: Navigation.closeLayer()
            }
            Heading {
                id: heading
                objectName: "pageTitle_" + layerScreen.screenName
                level: 1
                activeFocusOnTab: true
                fullSize: layerScreen.short ? Theme.bodySize : Theme.headingSize
                Layout.row: bar.oneLine ? 0 : 1
                Layout.column: bar.oneLine ? 1 : 0
                Layout.columnSpan: bar.oneLine ? 1 : 2
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
            }
            Row {
                id: actionRow
                spacing: Theme.gap
                Layout.row: 0
                Layout.column: bar.oneLine ? 2 : 1
                Layout.alignment: Qt.AlignRight | Qt.AlignTop
            }
        }
        TextMetrics {
            id: titleWidth
            font: heading.font
            text: heading.text
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.dividerWidth
            color: Theme.divider
            visible: flick.contentY > 1
        }
    }

    ScreenFlickable {
        id: flick
        objectName: "screen_" + layerScreen.screenName
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        edge: layerScreen.short ? Theme.gap : Theme.margin
        spacing: layerScreen.short ? Theme.gap : 28
        Accessible.name: layerScreen.title
    }
}
