pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The four main screens, each one tap away, at the bottom where a seated patient can reach.
Rectangle {
    id: bar
    // On a short screen the labels sit beside their icons, so the page keeps its height.
    property bool compact: false
    // As tall as its tallest button (a label on two lines on a narrow screen).
    implicitHeight: Math.max(compact ? Theme.touchMin + 16 : Theme.navHeight, row.implicitHeight + 2 * row.anchors.margins)
    color: Theme.surface
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Screens")

    Rectangle {
        width: parent.width
        height: Theme.dividerWidth
        color: Theme.divider
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: bar.compact ? 8 : 14
        spacing: 14

        Repeater {
            model: Content.navModel
            delegate: TouchButton {
                id: navButton
                required property string screenId
                required property int place
                required property string label
                required property string icon
                objectName: "nav_" + screenId
                text: label
                iconName: icon
                vertical: !bar.compact
                fitLabel: true
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
