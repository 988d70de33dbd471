package io.wattprint.data;
