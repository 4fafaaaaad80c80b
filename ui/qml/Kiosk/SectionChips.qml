pragma ComponentBehavior: Bound
import QtQuick

// What is on this page, at a glance: one large chip per section; a tap brings that section to
// the top of the screen, so a long page never has to be searched by scrolling.
Flow {
    id: chips
    required property PageObject page
    signal jump(string sectionId)
    width: parent ? parent.width : implicitWidth
    spacing: 12

    Repeater {
        model: chips.page.sections
        delegate: TouchButton {
            id: chipButton
            required property string sectionId
            required property string chip
            objectName: "chip_" + sectionId
            text: chip
            labelSize: Theme.controlLabelSize
            outlined: true
            flat: true
            onClicked: chips.jump(chipButton.sectionId)
        }
    }
}
