pragma ComponentBehavior: Bound
import QtQuick

// Sessions per day as columns, oldest on the left; a date under each day of a week, or under
// every 7th day counted back from today.
// rows: [{label: "MM-DD", value, text}] from the usage backend, one per day of the period.
Column {
    id: chart
    property string title
    property var rows: []
    readonly property real maxValue: rows.reduce((m, r) => Math.max(m, r.value), 0)
    readonly property real slot: rows.length > 0 ? width / rows.length : width
    width: parent ? parent.width : 0
    spacing: 10

    Text {
        textFormat: Text.PlainText
        text: chart.title
        color: Theme.primaryDark
        font.pixelSize: Theme.bodySize
        font.bold: true
    }
    Item {
        width: chart.width
        height: 200
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 2; color: Theme.divider }
        Repeater {
            model: chart.rows
            delegate: Item {
                id: day
                required property var modelData
                required property int index
                objectName: "dayColumn"
                x: day.index * chart.slot
                width: chart.slot
                height: parent.height
                Rectangle {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(4, chart.slot * 0.7)
                    height: chart.maxValue > 0 ? (parent.height - 36) * day.modelData.value / chart.maxValue : 0
                    radius: 4
                    color: Theme.primary
                }
                Text {
                    textFormat: Text.PlainText
                    visible: day.modelData.value > 0 && chart.slot >= 28
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: parent.height - 34 - (chart.maxValue > 0 ? (parent.height - 36) * day.modelData.value / chart.maxValue : 0)
                    text: day.modelData.text
                    color: Theme.text
                    font.pixelSize: Theme.chartLabelSize
                }
            }
        }
    }
    Item {
        width: chart.width
        height: 28
        Repeater {
            model: chart.rows
            delegate: Text {
                textFormat: Text.PlainText
                id: dayLabel
                required property var modelData
                required property int index
                visible: chart.rows.length <= 7 || (chart.rows.length - 1 - dayLabel.index) % 7 === 0
                x: Math.min(Math.max(0, dayLabel.index * chart.slot + chart.slot / 2 - width / 2), chart.width - width)
                text: dayLabel.modelData.label
                color: Theme.textMuted
                font.pixelSize: Theme.chartLabelSize
            }
        }
    }
}
