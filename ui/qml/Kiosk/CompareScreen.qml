pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// "Compare the two": both therapies in the same rows, in plain words, so a patient weighing
// "a stimulator or a pump" need not hold two long pages in mind. Each row's question stands
// across the page and its two answers side by side under it, in every orientation and at every
// text size (three columns would leave each answer a few words wide). The column headings stay
// pinned at the top while the table scrolls. A screen reader meets a table: column headings,
// then rows, each with its row heading and one cell per column. No recommendation: it ends with
// questions to take to the doctor, each a tap away from My list.
LayerScreen {
    id: compare
    place: Navigation.Compare
    screenName: "compare"
    title: Content.comparePage.title

    readonly property list<string> icons: ["mdi6.pulse", "mdi6.water-outline"]

    RichParagraph {
        objectName: "compareSubtitle"
        visible: text !== ""
        markup: Content.comparePage.subtitle
        plain: Content.comparePage.subtitlePlain
        color: Theme.textMuted
        font.pixelSize: Theme.subtitleSize
    }

    // A column's heading: its icon and name, the same in the table and pinned above it. Smaller
    // on a short screen, where the pinned copy must leave the rows most of the view.
    component ColumnHead: Rectangle {
        id: head
        required property int index
        required property string modelData
        Layout.fillWidth: true
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        implicitHeight: headRow.implicitHeight + pad
        readonly property int pad: compare.short ? Theme.gap / 2 : Theme.gap
        radius: Theme.radius / 2
        color: Theme.primarySoft
        border.color: Theme.primary
        border.width: Theme.borderThin
        Accessible.role: Accessible.ColumnHeader
        Accessible.name: modelData
        RowLayout {
            id: headRow
            x: Theme.gap
            y: head.pad / 2
            width: head.width - 2 * Theme.gap
            spacing: Theme.gap / 2
            Icon {
                name: compare.icons[head.index] ?? ""
                size: Theme.iconSmall
                color: Theme.primaryDark
                Layout.alignment: Qt.AlignVCenter
            }
            // A word too long for the column ("Neuroestimulador" at the largest size in
            // portrait) makes the heading smaller instead of breaking inside it.
            Heading {
                text: head.modelData
                fullSize: compare.short ? Theme.smallSize : Theme.bodySize
                lineHeight: 1
                Layout.fillWidth: true
                Accessible.ignored: true
            }
        }
    }

    Column {
        id: table
        objectName: "compareTable"
        width: parent.width
        spacing: Theme.gap
        Accessible.role: Accessible.Table
        Accessible.name: compare.title

        RowLayout {
            id: columnHeads
            objectName: "compareColumnHeads"
            width: table.width
            spacing: Theme.gap
            Accessible.role: Accessible.Row
            Accessible.name: Content.compareColumns.join(", ")
            Repeater {
                model: Content.compareColumns
                delegate: ColumnHead {}
            }
        }

        Repeater {
            model: Content.compareRows
            delegate: Card {
                id: row
                required property string rowId
                required property string heading
                required property var cells
                objectName: "compareRow_" + rowId
                padding: compare.short ? Theme.gap : 24
                spacing: compare.short ? Theme.gap / 2 : Theme.gap
                Accessible.role: Accessible.Row
                Accessible.name: heading

                Text {
                    objectName: "compareRowHeading_" + row.rowId
                    text: row.heading
                    color: Theme.primaryDark
                    font.pixelSize: Theme.questionSize
                    font.bold: true
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.RowHeader
                    Accessible.name: text
                }
                RowLayout {
                    spacing: 2 * Theme.gap
                    Layout.fillWidth: true
                    Repeater {
                        model: row.cells
                        delegate: Item {
                            id: cell
                            required property int index
                            required property var modelData
                            objectName: "compareCell_" + row.rowId + "_" + index
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            Layout.alignment: Qt.AlignTop
                            implicitHeight: words.implicitHeight
                            // Named by its column: without a table interface a screen reader
                            // cannot tell which heading a cell sits under.
                            Accessible.role: Accessible.Cell
                            Accessible.name: Content.compareColumns[index] ?? ""
                            Rectangle {
                                // The line between the two answers.
                                visible: cell.index > 0
                                x: -Theme.gap - width / 2
                                width: Theme.dividerWidth
                                height: cell.height
                                color: Theme.divider
                            }
                            RichParagraph {
                                id: words
                                objectName: "compareCellText_" + row.rowId + "_" + cell.index
                                width: cell.width
                                markup: cell.modelData.rich
                                plain: cell.modelData.plain
                            }
                        }
                    }
                }
            }
        }
    }

    RichParagraph {
        objectName: "compareNote"
        visible: text !== ""
        markup: Content.compareNote
        plain: Content.compareNotePlain
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
    DoctorQuestionsCard {
        page: Content.comparePage
    }
    Disclaimer {}

    // The column headings again, pinned under the bar once the table's own have scrolled away
    // and until its last row goes: a patient reading row eight still sees which side is which.
    // Only drawn: a screen reader has the real headings.
    Rectangle {
        id: pinned
        objectName: "compareColumnHeadsPinned"
        parent: compare
        z: 1
        readonly property real tableTop: compare.flickable.column.y + table.y
        readonly property real scrolled: compare.flickable.contentY
        visible: compare.open && scrolled > tableTop + columnHeads.height
            && scrolled < tableTop + table.height - height
        x: compare.flickable.x + compare.flickable.column.x
        y: compare.flickable.y
        width: table.width
        height: pinnedHeads.implicitHeight + Theme.gap
        color: Theme.background
        Accessible.ignored: true
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: Theme.dividerWidth
            color: Theme.divider
        }
        RowLayout {
            id: pinnedHeads
            width: parent.width
            y: Theme.gap / 4
            spacing: Theme.gap
            Repeater {
                model: Content.compareColumns
                delegate: ColumnHead {
                    Accessible.ignored: true
                }
            }
        }
    }
}
