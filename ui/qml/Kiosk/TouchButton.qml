import QtQuick
import QtQuick.Layouts

// A large touch target: shows its pressed state at once, fires on release, and a drag that
// starts on it scrolls the page instead (TapHandler gives up its grab past the drag threshold).
Rectangle {
    id: button
    property string text: ""
    property string iconName: ""
    property bool checked: false
    property bool flat: false
    property color foreground: checked ? Theme.textOnPrimary : Theme.primaryDark
    property int labelSize: Theme.navLabelSize
    property bool vertical: false
    readonly property bool pressed: tap.pressed
    signal clicked()

    implicitWidth: Math.max(Theme.touchMin, content.implicitWidth + 48)
    implicitHeight: Math.max(Theme.touchMin, content.implicitHeight + 24)
    radius: Theme.radius
    color: checked ? Theme.primary : (tap.pressed ? Theme.pressed : (flat ? "transparent" : Theme.primarySoft))

    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.onPressAction: button.clicked()

    GridLayout {
        id: content
        anchors.centerIn: parent
        flow: button.vertical ? GridLayout.TopToBottom : GridLayout.LeftToRight
        rowSpacing: 6
        columnSpacing: 14
        Icon {
            visible: button.iconName !== ""
            name: button.iconName
            color: button.foreground
            size: button.vertical ? 44 : 36
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
        }
        Text {
            visible: button.text !== ""
            text: button.text
            color: button.foreground
            font.pixelSize: button.labelSize
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
        }
    }

    TapHandler {
        id: tap
        onTapped: button.clicked()
    }
}
