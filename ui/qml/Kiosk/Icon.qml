import QtQuick

// A qtawesome icon drawn by the Python image provider, crisp at any device pixel ratio.
Image {
    id: icon
    required property string name
    property color color: Theme.text
    property int size: Theme.iconSize
    width: size
    height: size
    sourceSize: Qt.size(size * Screen.devicePixelRatio, size * Screen.devicePixelRatio)
    // "#" would start a URL fragment, so the colour travels as bare hex.
    source: name ? "image://icon/" + name + "?color=" + String(color).substring(1) : ""
    fillMode: Image.PreserveAspectFit
    smooth: true
    Accessible.ignored: true
}
