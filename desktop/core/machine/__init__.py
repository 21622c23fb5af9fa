"""This computer: processor, memory, disk, memory speed and the live meter."""
