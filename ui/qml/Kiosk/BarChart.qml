pragma ComponentBehavior: Bound
import QtQuick

// A titled horizontal bar chart for the staff panel: one row per item, label, bar, value.
// rows: [{label, value, text}] from the usage backend; the longest bar fills the bar column.
Column {
    id: chart
    property string title
    property var rows: []
    readonly property real maxValue: rows.reduce((m, r) => Math.max(m, r.value), 0)
    width: parent ? parent.width : 0
    spacing: 10

    Text {
        textFormat: Text.PlainText
        text: chart.title
        color: Theme.primaryDark
        font.pixelSize: Theme.bodySize
        font.bold: true
        width: chart.width
        wrapMode: Text.WordWrap
    }
    Text {
        textFormat: Text.PlainText
        visible: chart.rows.length === 0
        text: qsTr("Nothing recorded in this period.")
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
    Repeater {
        model: chart.rows
        delegate: Row {
            id: barRow
            required property var modelData
            objectName: "chartRow"
            spacing: 16
            width: chart.width
            Text {
                textFormat: Text.PlainText
                id: label
                width: chart.width * 0.42
                text: barRow.modelData.label
                color: Theme.text
                font.pixelSize: Theme.smallSize
                wrapMode: Text.WordWrap
            }
            Rectangle {
                anchors.verticalCenter: label.verticalCenter
                width: Math.max(4, chart.width * 0.38 * (chart.maxValue > 0 ? barRow.modelData.value / chart.maxValue : 0))
                height: 28
                radius: 8
                color: Theme.primary
            }
            Text {
                textFormat: Text.PlainText
                anchors.verticalCenter: label.verticalCenter
                text: barRow.modelData.text
                color: Theme.text
                font.pixelSize: Theme.smallSize
            }
        }
    }
}
