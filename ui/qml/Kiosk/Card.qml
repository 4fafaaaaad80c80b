import QtQuick
import QtQuick.Layouts

// A rounded panel with padding; what it holds is laid out in a column.
Rectangle {
    id: card
    default property alias content: column.data
    property int padding: Theme.cardPadding
    property alias spacing: column.spacing
    width: parent ? parent.width : implicitWidth
    implicitHeight: visible ? column.implicitHeight + 2 * padding : 0
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: Theme.borderThin

    ColumnLayout {
        id: column
        x: card.padding
        y: card.padding
        width: card.width - 2 * card.padding
        spacing: 18
    }
}
