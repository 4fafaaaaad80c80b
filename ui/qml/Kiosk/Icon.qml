import QtQuick

// A qtawesome icon drawn by the Python image provider. Its layout size is `size`; the picture is
// drawn at twice that, so it stays crisp on a high-density screen.
Item {
    id: icon
    required property string name
    property color color: Theme.text
    property int size: Theme.iconSize
    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    Image {
        anchors.fill: parent
        sourceSize: Qt.size(icon.size * 2, icon.size * 2)
        // "#" would start a URL fragment, so the colour travels as bare hex.
        source: icon.name ? "image://icon/" + icon.name + "?color=" + String(icon.color).substring(1) : ""
        fillMode: Image.PreserveAspectFit
        smooth: true
    }
}
