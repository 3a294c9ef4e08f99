import os
import os.path
import a.b.c as d
from sys import argv, path as p
from . import sibling
from ..pkg import mod
from m import *
